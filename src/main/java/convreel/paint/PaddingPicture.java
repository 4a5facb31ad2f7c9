package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * Padding: a ring of zeros appears around the image, then the output of each padding is shown
 * beside it with its size (valid: 3×3, same: 5×5), all computed by the engine.
 */
final class PaddingPicture implements Comparison {
    private static final String TITLE = "Padding = চারপাশে 0";
    private static final double SMALL_OUTPUTS = 0.5;

    private final PaintContext context;
    private final List<Padding> paddings;
    private final Takeaways takeaways;
    private final List<FeatureMap> maps = new ArrayList<>();
    private final FeatureMap widest;
    private final Grid input;
    private final List<Grid> outputs = new ArrayList<>();
    private final double cell;
    private final boolean footnotes;

    /** The paddings compared; with {@code takeaways} (one per padding, or none), room under each output for its own. */
    PaddingPicture(PaintContext context, List<Padding> paddings, List<String> conclusions) {
        this.context = context;
        this.paddings = paddings;
        this.takeaways = new Takeaways(context, conclusions);
        Scene scene = context.scene();
        FeatureMap most = null;
        for (Padding padding : paddings) {
            FeatureMap map = context.computation().with(padding);
            maps.add(map);
            if (most == null || map.padded().rows() * map.padded().cols() > most.padded().rows() * most.padded().cols()) {
                most = map;
            }
        }
        this.widest = most;
        // The outputs as large as the input, with their footnotes, then without; when the input is
        // still too small to read its zeros, the outputs at half its size, where they show colours only.
        List<Rows> full = ways(1);
        List<Rows> small = ways(SMALL_OUTPUTS);
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(full, withoutFootnotes(full), small, withoutFootnotes(small)));
        this.cell = placed.cell();
        this.footnotes = placed.tier() % 2 == 0;
        this.input = new Grid(context, placed.box("input"), cell);
        double outputCell = cell * (placed.tier() >= 2 ? SMALL_OUTPUTS : 1);
        for (int i = 0; i < maps.size(); i++) {
            outputs.add(new Grid(context, placed.box("output " + i), outputCell));
        }
    }

    /** The ways to lay the input and the outputs out, with the outputs' cells {@code scale} times the input's. */
    private List<Rows> ways(double scale) {
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Matrix image = context.scene().image();
        Block in = Block.grid("input", widest.padded().rows(), widest.padded().cols())
                .above(label, context.label(labelSize, true, TITLE))
                .below(label, context.label(labelSize, false, context.numbers().size(image.rows(), image.cols()),
                        context.numbers().size(widest.padded().rows(), widest.padded().cols())))
                .spill(Length.cells(1));
        List<Block> outs = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Matrix values = maps.get(i).values();
            outs.add(Block.of("output " + i, Length.cells(values.cols() * scale), Length.cells(values.rows() * scale))
                    .gap(Length.cells(1.2))
                    .above(label, context.label(labelSize, true, paddings.get(i).label()))
                    .below(label + takeaways.room(), takeaways.label(i, context.label(labelSize, false, outputSize(i, scale < 1))))
                    .spill(Length.cells(0.5)));
        }
        List<Block> all = new ArrayList<>(List.of(in));
        all.addAll(outs);
        double rowGap = context.unit() * 0.01;
        List<Rows> ways = new ArrayList<>(List.of(
                Rows.of(Length.ZERO, rowGap, all),
                Rows.of(Length.ZERO, rowGap, List.of(in), outs)));
        if (outs.size() > 1) {
            ways.add(Rows.of(Length.ZERO, rowGap, all.subList(0, 2), all.subList(2, all.size())));
        }
        return ways;
    }

    @Override
    public boolean showsTakeaways() {
        return footnotes && !takeaways.isEmpty();
    }

    /** Each padding's conclusion under its output, below the output's size. */
    @Override
    public void paintTakeaways(Canvas canvas, IntToDoubleFunction shown) {
        if (showsTakeaways()) {
            takeaways.paintUnder(canvas, outputs.stream().map(Grid::box).toList(), shown);
        }
    }

    private static List<Rows> withoutFootnotes(List<Rows> ways) {
        return ways.stream().map(Rows::withoutFootnotes).toList();
    }

    /** "Output 3×3", or just "3×3" under a small output. */
    private String outputSize(int i, boolean small) {
        Matrix values = maps.get(i).values();
        String size = context.numbers().size(values.rows(), values.cols());
        return small ? size : "Output " + size;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double ring = state.cue(Cue.RING);
        int top = widest.rowPads().before();
        int left = widest.colPads().before();
        Matrix image = context.scene().image();
        Matrix weights = widest.kernel().weights();
        // The kernel on the padded corner: its zeros light up one by one as they are multiplied.
        double corner = state.cue(Cue.CORNER);
        double onCorner = corner > 0 && top + left > 0 ? 1 - state.cue(Cue.OUTPUT, 0) : 0;
        int multiplied = (int) Math.floor(corner * weights.rows() * weights.cols());
        input.draw(canvas, widest.padded(), new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                Color fill = inside(r, c) ? theme.panel()
                        : Theme.mix(theme.background(), Theme.mix(theme.panel(), theme.kernel(), 0.25), ring);
                boolean lit = r < weights.rows() && c < weights.cols() && r * weights.cols() + c < multiplied && !inside(r, c);
                return lit ? Theme.mix(fill, theme.window(), 0.45 * onCorner) : fill;
            }

            @Override
            public Color ink(int r, int c) {
                return inside(r, c) ? theme.text() : theme.kernel();
            }

            @Override
            public double textAlpha(int r, int c) {
                return inside(r, c) ? 1 : ring;
            }

            private boolean inside(int r, int c) {
                return r >= top && r < top + image.rows() && c >= left && c < left + image.cols();
            }
        }, "input grid");
        if (onCorner > 0) {
            Rectangle2D box = input.box();
            canvas.stroke(new RoundRectangle2D.Double(box.getX(), box.getY(), weights.cols() * cell, weights.rows() * cell,
                    cell * 0.12, cell * 0.12), theme.window(), (float) (cell * 0.06), onCorner);
        }
        input.label(canvas, TITLE, cell, 1);
        if (footnotes) {
            input.footnote(canvas, context.numbers().size(image.rows(), image.cols()), cell, Math.max(0, 1 - 2 * ring));
            input.footnote(canvas, context.numbers().size(widest.padded().rows(), widest.padded().cols()), cell,
                    Math.max(0, 2 * ring - 1));
        }

        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            Canvas shown = canvas.faded(state.cue(Cue.OUTPUT, i));
            Grid output = outputs.get(i);
            double scale = Heat.scaleOf(map.values());
            output.draw(shown, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return Heat.color(theme, map.values().get(r, c), scale);
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }
            }, "feature map grid");
            output.label(shown, paddings.get(i).label(), cell * 0.5, 1);
            if (footnotes) {
                output.footnote(shown, outputSize(i, output.cell() < cell), cell * 0.5, 1);
            }
        }
        paintInner(canvas, state.cue(Cue.INNER));
    }

    /**
     * Each padded output's inner part, the cells whose windows lie inside the image, outlined with
     * the unpadded output: the same numbers (with stride 1, where they line up cell for cell).
     */
    private void paintInner(Canvas canvas, double alpha) {
        int valid = -1;
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).rowPads().total() + maps.get(i).colPads().total() == 0) {
                valid = i;
            }
        }
        if (alpha <= 0 || valid < 0 || context.scene().stride().rows() != 1 || context.scene().stride().cols() != 1) {
            return;
        }
        Matrix inner = maps.get(valid).values();
        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            Grid output = outputs.get(i);
            double s = output.cell();
            Rectangle2D box = output.box();
            Rectangle2D part = new Rectangle2D.Double(box.getX() + map.colPads().before() * s, box.getY() + map.rowPads().before() * s,
                    inner.cols() * s, inner.rows() * s);
            canvas.stroke(new RoundRectangle2D.Double(part.getX(), part.getY(), part.getWidth(), part.getHeight(), s * 0.15, s * 0.15),
                    context.theme().accent(), (float) (s * 0.07), alpha);
        }
    }
}
