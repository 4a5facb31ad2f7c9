package convreel.paint;

import convreel.model.Matrix;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;

/**
 * "An image is a matrix of numbers": the input appears as grey pixels, the pixels turn into their
 * numbers, then the kernel arrives as a small matrix of its own.
 */
final class MatrixIntroPicture implements BeatPicture {
    private final PaintContext context;
    private final Matrix image;
    private final Matrix weights;
    private final Grid imageGrid;
    private final Grid kernelGrid;
    private final double[] range;

    MatrixIntroPicture(PaintContext context) {
        this.context = context;
        this.image = context.scene().image();
        this.weights = context.computation().primary().kernel().weights();
        Rectangle2D stage = context.stage();
        double label = Grid.labelHeight(context);
        int columns = image.cols() + weights.cols() + 2;
        int rows = Math.max(image.rows(), weights.rows());
        double cell = Math.min(context.height() * 0.1,
                Math.min(stage.getWidth() / columns, (stage.getHeight() - 2 * label) / rows));
        double x = stage.getCenterX() - columns * cell / 2;
        double y = stage.getCenterY();
        this.imageGrid = Grid.at(context, x, y - image.rows() * cell / 2, image.rows(), image.cols(), cell);
        this.kernelGrid = Grid.at(context, x + (image.cols() + 2) * cell, y - weights.rows() * cell / 2,
                weights.rows(), weights.cols(), cell);
        this.range = image.range();
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        double numbers = Easing.inOut(Easing.span(p, 0.25, 0.5));
        Canvas image = canvas.faded(Easing.out(Easing.span(p, 0, 0.12)));
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
        imageGrid.footnote(image, "= সংখ্যার ম্যাট্রিক্স " + context.numbers().size(this.image.rows(), this.image.cols()),
                imageGrid.cell(), numbers);

        double arrive = Easing.inOut(Easing.span(p, 0.55, 0.75));
        if (arrive > 0) {
            Canvas kernel = canvas.faded(arrive);
            Motion.shifted(kernel, (1 - arrive) * kernelGrid.cell() * 2, 0, () -> {
                Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
                kernelGrid.draw(kernel, weights, Grid.Look.uniform(fill, theme.kernel()), "kernel");
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
