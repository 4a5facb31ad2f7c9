package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Activation;
import convreel.model.Matrix;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The activation at work: the feature map before, the function's graph, and the map after, where
 * every negative cell visibly drops to 0 under ReLU.
 */
final class ActivationPicture implements BeatPicture {
    private static final String DROPPED = "ঋণাত্মক মান বাদ";
    private static final double GRAPH = 3.2;
    private static final double GAP = 1.2;

    private final PaintContext context;
    private final FeatureMap map;
    private final Grid before;
    private final Grid after;
    private final Rectangle2D graph;
    private final double scale;
    private final double cell;
    private final boolean formulaUnder;
    private final int formulaLines;

    ActivationPicture(PaintContext context) {
        this.context = context;
        this.map = context.computation().primary();
        Matrix values = map.values();
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        Length spill = Length.cells(0.6);
        String name = Heat.activationName(context.scene().activation());
        Block first = Block.grid("before", values.rows(), values.cols())
                .above(label, context.label(labelSize, true, "Feature Map")).below(label, BlockFlow.Label.NONE).spill(spill);
        Block last = Block.grid("after", values.rows(), values.cols()).gap(Length.cells(GAP))
                .above(label, context.label(labelSize, true, name + "(Feature Map)"))
                .below(label, context.label(labelSize, false, DROPPED)).spill(spill);
        // The formula over the graph; under it, clear of the maps' labels; then on two lines, clear
        // of maps taller than the graph.
        List<List<Rows>> tiers = new ArrayList<>();
        for (boolean twoLines : new boolean[] {false, true}) {
            for (boolean under : new boolean[] {false, true}) {
                tiers.add(ways(first, graph(label, twoLines, under), last));
            }
        }
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context), tiers);
        this.formulaUnder = placed.tier() % 2 == 1;
        this.formulaLines = placed.tier() >= 2 ? 2 : 1;
        this.cell = placed.cell();
        this.before = new Grid(context, placed.box("before"), cell);
        this.graph = placed.box("graph");
        this.after = new Grid(context, placed.box("after"), cell);
        this.scale = Heat.scaleOf(values);
    }

    @Override
    public Map<Actor, Rectangle2D> actors() {
        return Map.of(Actor.FEATURE_MAP, before.box());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        Matrix values = map.values();
        Matrix activated = map.activated();
        Activation activation = context.scene().activation();
        String name = Heat.activationName(activation);

        Canvas map = canvas.actor(Actor.FEATURE_MAP);
        before.draw(map, values, heat(values, theme), "feature map grid");
        before.label(map, "Feature Map", cell * 0.6, 1);

        double drawn = state.cue(Cue.GRAPH);
        paintGraph(canvas, activation, drawn);
        ShapedText text = context.fitted(formula(formulaLines), theme.labelSize(), true, graph.getWidth() + 1.2 * cell);
        // Further lines go away from the graph, so the first (or last) sits where a single line would.
        double extra = (text.height() - text.lineHeight()) / 2;
        double formulaY = formulaUnder ? graph.getMaxY() + Grid.labelHeight(context) / 2 + extra
                : graph.getY() - Grid.labelHeight(context) / 2 - extra;
        canvas.textCentered(text, graph.getCenterX(), formulaY, theme.kernel(),
                state.cue(Cue.FORMULA), "formula");

        double change = state.cue(Cue.ACTIVATE);
        Canvas right = canvas.faded(state.cue(Cue.OUTPUT, 0));
        Matrix shown = Heat.blend(values, activated, change);
        after.draw(right, shown, new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return Heat.color(theme, shown.get(r, c), scale);
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }

            @Override
            public double textAlpha(int r, int c) {
                return 0;
            }
        }, "activated grid");
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.cols(); c++) {
                Heat.activatedNumber(right, context, after, r, c, values.get(r, c), activated.get(r, c), change, 1);
                if (values.get(r, c) != activated.get(r, c)) {
                    after.outline(right, r, c, theme.negative(), Math.sin(Math.PI * change));
                }
            }
        }
        after.label(right, name + "(Feature Map)", cell * 0.6, 1);
        after.footnote(right, DROPPED, cell * 0.6, state.cue(Cue.NOTE));
    }

    /** The graph as a block, its formula over or under it, on one line or two. */
    private Block graph(double label, boolean twoLines, boolean under) {
        double room = label + (twoLines ? context.theme().labelSize() * context.unit() * 1.45 : 0);
        BlockFlow.Label formula = context.label(context.theme().labelSize(), true, formula(twoLines ? 2 : 1));
        Block graph = Block.of("graph", Length.cells(GRAPH), Length.cells(GRAPH)).gap(Length.cells(GAP)).spill(Length.cells(0.6));
        return under ? graph.above(label, BlockFlow.Label.NONE).below(room, formula)
                : graph.above(room, formula).below(label, BlockFlow.Label.NONE);
    }

    private List<Rows> ways(Block first, Block graph, Block last) {
        double rowGap = context.unit() * 0.01;
        return List.of(
                Rows.of(Length.ZERO, rowGap, List.of(first, graph, last)),
                Rows.of(Length.ZERO, rowGap, List.of(first), List.of(graph, last)),
                Rows.of(Length.ZERO, rowGap, List.of(first, graph), List.of(last)));
    }

    /** The activation's formula, on {@code lines} lines: "ReLU(x) =" over "max(0, x)". */
    private String formula(int lines) {
        String formula = formula();
        int split = formula.indexOf(" = ");
        return lines == 1 || split < 0 ? formula : formula.substring(0, split + 2) + "\n" + formula.substring(split + 3);
    }

    private String formula() {
        Activation activation = context.scene().activation();
        return activation == Activation.RELU ? "ReLU(x) = max(0, x)" : Heat.activationName(activation) + "(x) = x";
    }

    private static Grid.Look heat(Matrix values, Theme theme) {
        double scale = Heat.scaleOf(values);
        return new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return Heat.color(theme, values.get(r, c), scale);
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }
        };
    }

    /** Axes and the function's line, drawn from left to right as {@code drawn} goes to 1. */
    private void paintGraph(Canvas canvas, Activation activation, double drawn) {
        Theme theme = context.theme();
        double x0 = graph.getX();
        double y0 = graph.getY();
        double w = graph.getWidth();
        double h = graph.getHeight();
        double ox = x0 + w / 2;
        double oy = y0 + h * 0.62;
        float axis = (float) (cell * 0.03);
        canvas.stroke(new Line2D.Double(x0, oy, x0 + w, oy), theme.mutedText(), axis, 1);
        canvas.stroke(new Line2D.Double(ox, y0, ox, y0 + h), theme.mutedText(), axis, 1);
        Path2D line = new Path2D.Double();
        int steps = 48;
        double unit = w / 2 * 0.9;
        for (int i = 0; i <= steps * drawn; i++) {
            double x = -1 + 2.0 * i / steps;
            double y = activation.apply(x);
            double px = ox + x * unit;
            double py = oy - y * unit * 0.6;
            if (i == 0) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        canvas.stroke(line, theme.kernel(), (float) (cell * 0.07), drawn > 0 ? 1 : 0);
        canvas.block(graph, "graph", 1);
    }
}
