package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Activation;
import convreel.model.Matrix;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The activation at work: the feature map before, the function's graph, and the map after, where
 * every negative cell visibly drops to 0 under ReLU.
 */
final class ActivationPicture implements BeatPicture {
    private final PaintContext context;
    private final FeatureMap map;
    private final Grid before;
    private final Grid after;
    private final Rectangle2D graph;
    private final double scale;
    private final double cell;

    ActivationPicture(PaintContext context) {
        this.context = context;
        this.map = context.computation().primary();
        Matrix values = map.values();
        Rectangle2D stage = context.stage();
        double label = Grid.labelHeight(context);
        double graphCells = 3.2;
        double gap = 1.2;
        this.cell = Math.min(context.height() * 0.1, Math.min(
                stage.getWidth() / (2 * values.cols() + graphCells + 2 * gap),
                (stage.getHeight() - 2 * label) / Math.max(values.rows(), graphCells)));
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), gap * cell,
                values.cols() * cell, graphCells * cell, values.cols() * cell);
        double cy = stage.getCenterY();
        this.before = Grid.at(context, xs[0], cy - values.rows() * cell / 2, values.rows(), values.cols(), cell);
        this.graph = new Rectangle2D.Double(xs[1], cy - graphCells * cell / 2, graphCells * cell, graphCells * cell);
        this.after = Grid.at(context, xs[2], cy - values.rows() * cell / 2, values.rows(), values.cols(), cell);
        this.scale = Heat.scaleOf(values);
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        Matrix values = map.values();
        Matrix activated = map.activated();
        Activation activation = context.scene().activation();
        String name = Heat.activationName(activation);

        before.draw(canvas, values, heat(values, theme), "feature map grid");
        before.label(canvas, "Feature Map", cell * 0.6, 1);

        double drawn = Easing.inOut(Easing.span(p, 0.12, 0.4));
        paintGraph(canvas, activation, drawn);
        String formula = activation == Activation.RELU ? "ReLU(x) = max(0, x)" : name + "(x) = x";
        ShapedText text = context.fitted(formula, theme.labelSize(), true, graph.getWidth() + 1.2 * cell);
        canvas.textCentered(text, graph.getCenterX(), graph.getY() - Grid.labelHeight(context) / 2, theme.kernel(),
                Easing.out(Easing.span(p, 0.05, 0.2)), "formula");

        double change = Easing.inOut(Easing.span(p, 0.5, 0.8));
        Canvas right = canvas.faded(Easing.out(Easing.span(p, 0.42, 0.5)));
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
                Heat.crossfadeNumber(right, context, after, r, c, values.get(r, c), activated.get(r, c), change, 1);
                if (values.get(r, c) != activated.get(r, c)) {
                    after.outline(right, r, c, theme.negative(), Math.sin(Math.PI * change));
                }
            }
        }
        after.label(right, name + "(Feature Map)", cell * 0.6, 1);
        after.footnote(right, "ঋণাত্মক মান বাদ", cell * 0.6, Easing.out(Easing.span(p, 0.8, 0.9)));
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
