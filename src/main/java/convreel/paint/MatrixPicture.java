package convreel.paint;

import convreel.model.Matrix;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.List;

/**
 * "An image is a matrix of numbers": the input appears as grey pixels, the pixels turn into their
 * numbers, then the kernel arrives as a small matrix of its own.
 */
final class MatrixPicture implements BeatPicture {
    private final PaintContext context;
    private final Matrix image;
    private final Matrix weights;
    private final Grid imageGrid;
    private final Grid kernelGrid;
    private final double[] range;

    MatrixPicture(PaintContext context) {
        this.context = context;
        this.image = context.scene().image();
        this.weights = context.computation().primary().kernel().weights();
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Block picture = Block.grid("image", image.rows(), image.cols())
                .above(label, context.label(labelSize, true, "ইমেজ"))
                .below(label, context.label(labelSize, false, imageFootnote()))
                .spill(Length.cells(1));
        Block kernel = Block.grid("kernel", weights.rows(), weights.cols())
                .gap(Length.cells(2))
                .above(label, context.label(labelSize, true, "Kernel / Filter"))
                .below(label, context.label(labelSize, false, "ছোট সংখ্যার ম্যাট্রিক্স"))
                .spill(Length.cells(1.5));
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(List.of(
                        Rows.of(Length.ZERO, 0, List.of(picture, kernel)),
                        Rows.of(Length.ZERO, context.unit() * 0.01, List.of(picture), List.of(kernel)))));
        this.imageGrid = new Grid(context, placed.box("image"), placed.cell());
        this.kernelGrid = new Grid(context, placed.box("kernel"), placed.cell());
        this.range = image.range();
    }

    private String imageFootnote() {
        return "= সংখ্যার ম্যাট্রিক্স " + context.numbers().size(image.rows(), image.cols());
    }

    @Override
    public Map<Actor, Rectangle2D> actors() {
        return Map.of(Actor.INPUT, imageGrid.box(), Actor.KERNEL, kernelGrid.box());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double turn = state.cue(Cue.NUMBERS);
        // Too small to read, the numbers never replace the pixels.
        double numbers = imageGrid.showsNumbers() ? turn : 0;
        Canvas image = canvas.actor(Actor.INPUT).faded(state.cue(Cue.IMAGE));
        imageGrid.draw(image, this.image, new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return Theme.mix(pixel(r, c), theme.panel(), numbers);
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }

            @Override
            public double textAlpha(int r, int c) {
                return numbers;
            }
        }, "image");
        imageGrid.label(image, "ইমেজ", imageGrid.cell(), 1);
        imageGrid.footnote(image, imageFootnote(), imageGrid.cell(), turn);

        double arrive = state.cue(Cue.KERNEL);
        if (arrive > 0) {
            Canvas kernel = canvas.actor(Actor.KERNEL).faded(arrive);
            Motion.translated(kernel, (1 - arrive) * kernelGrid.cell() * 2, 0, () -> {
                Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
                kernelGrid.draw(kernel, weights, kernelGrid.orPixels(Grid.Look.uniform(fill, theme.kernel()), weights), "kernel");
                kernelGrid.label(kernel, "Kernel / Filter", kernelGrid.cell(), 1);
                kernelGrid.footnote(kernel, "ছোট সংখ্যার ম্যাট্রিক্স", kernelGrid.cell() * 1.5, 1);
            });
        }
    }

    /** The cell as a grey pixel: the smallest value black-ish, the largest white-ish. */
    private Color pixel(int r, int c) {
        double span = range[1] - range[0];
        double t = span == 0 ? 0.5 : (image.get(r, c) - range[0]) / span;
        int level = (int) Math.round(30 + t * 205);
        return new Color(level, level, level);
    }
}
