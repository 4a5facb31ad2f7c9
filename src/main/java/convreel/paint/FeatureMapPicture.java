package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Matrix;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.Map;

/**
 * The finished feature map, as numbers and as a heat map: where the feature is strong. Its cells
 * light up in reading order, then the strongest response is traced back to the window of the
 * image that produced it.
 */
final class FeatureMapPicture implements BeatPicture {
    private static final String STRONG = "কোথায় feature শক্তিশালী";

    private final PaintContext context;
    private final FeatureMap map;
    private final Grid input;
    private final Grid output;
    private final Window strongest;
    private final double scale;
    private final double spill;
    private final boolean equals;

    FeatureMapPicture(PaintContext context) {
        this.context = context;
        this.map = context.computation().primary();
        Matrix padded = map.padded();
        Matrix values = map.values();
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Block in = Block.grid("input", padded.rows(), padded.cols())
                .above(label, context.label(labelSize, true, "ইনপুট ছবি"))
                .below(label, context.label(labelSize, false, STRONG))
                .spill(Length.cells(1));
        Block out = Block.grid("output", values.rows(), values.cols())
                .gap(Length.cells(2))
                .above(label, context.label(labelSize, true, "Feature Map"))
                .below(label, Legend.label(context))
                .spill(Length.cells(1));
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(List.of(
                        Rows.of(Length.ZERO, 0, List.of(in, out)),
                        Rows.of(Length.ZERO, context.unit() * 0.01, List.of(in), List.of(out)))));
        double cell = placed.cell();
        this.input = new Grid(context, placed.box("input"), cell);
        this.output = new Grid(context, placed.box("output"), cell);
        this.equals = placed.sameRow("input", "output");
        this.scale = Heat.scaleOf(values);
        this.spill = cell;
        Window best = map.windows().get(0);
        for (Window window : map.windows()) {
            if (window.biased() > best.biased()) {
                best = window;
            }
        }
        this.strongest = best;
    }

    @Override
    public Map<Actor, Rectangle2D> actors() {
        return Map.of(Actor.INPUT, input.box(), Actor.FEATURE_MAP, output.box());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        Matrix values = map.values();
        double heat = state.cue(Cue.HEAT);
        double trace = state.cue(Cue.TRACE);
        Canvas image = canvas.actor(Actor.INPUT);
        Canvas outputs = canvas.actor(Actor.FEATURE_MAP);

        input.draw(image, map.padded(), input.orPixels(Grid.Look.uniform(theme.panel(), theme.text()), map.padded()), "input grid");
        input.label(image, "ইনপুট ছবি", spill, 1);
        output.draw(outputs, values, new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                // The map as heat: the stronger a response, the stronger its colour grows.
                Color plain = Heat.color(theme, values.get(r, c), scale);
                return Theme.mix(plain, Heat.strong(theme, values.get(r, c), scale), heat);
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }
        }, "feature map grid");
        output.label(outputs, "Feature Map", spill, 1);
        input.footnote(canvas, STRONG, spill, trace);
        Legend.paint(canvas, context, output.box(), spill, state.cue(Cue.LEGEND));
        if (equals) {
            Operators.equals(canvas, context, input.box(), output.box(), input.cell());
        }

        if (trace > 0) {
            double s = input.cell();
            int k = map.kernel().weights().rows();
            Rectangle2D window = new Rectangle2D.Double(input.box().getX() + strongest.left() * s,
                    input.box().getY() + strongest.top() * s, map.kernel().weights().cols() * s, k * s);
            canvas.fill(window, theme.positive(), 0.2 * trace);
            canvas.stroke(new RoundRectangle2D.Double(window.getX(), window.getY(), window.getWidth(), window.getHeight(),
                    s * 0.12, s * 0.12), theme.positive(), (float) (s * 0.06), trace);
            output.outline(canvas, strongest.output().row(), strongest.output().col(), theme.positive(), trace);
        }
    }
}
