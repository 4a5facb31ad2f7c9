package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Matrix;
import convreel.model.Scene;
import convreel.model.Stride;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The same pass at different strides side by side: each window hops by its stride (the hops drawn
 * as arcs), each output fills in, and under each the output size and how many multiplications it
 * took, all computed by the engine.
 */
final class StridePicture implements BeatPicture {
    private final PaintContext context;
    private final List<Stride> strides;
    private final List<FeatureMap> maps = new ArrayList<>();
    private final List<Grid> inputs = new ArrayList<>();
    private final List<Grid> outputs = new ArrayList<>();
    private final double cell;

    StridePicture(PaintContext context, List<Stride> strides) {
        this.context = context;
        this.strides = strides;
        Scene scene = context.scene();
        for (Stride stride : strides) {
            maps.add(FeatureMap.compute(scene.image(), context.computation().primary().kernel(), stride, scene.padding(),
                    scene.activation()));
        }
        Matrix padded = maps.get(0).padded();
        Rectangle2D stage = context.stage();
        double label = Grid.labelHeight(context);
        int outCols = maps.stream().mapToInt(m -> m.values().cols()).max().orElse(1);
        double columnCells = padded.cols() + 0.8 + outCols;
        double cell = Math.min(context.height() * 0.1, Math.min(
                stage.getWidth() / (strides.size() * columnCells + (strides.size() - 1) * 1.2),
                (stage.getHeight() - 3 * label) / padded.rows()));
        this.cell = cell;
        double[] widths = new double[strides.size()];
        java.util.Arrays.fill(widths, columnCells * cell);
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), 1.2 * cell, widths);
        double top = stage.getCenterY() - padded.rows() * cell / 2 + label / 2;
        for (int i = 0; i < strides.size(); i++) {
            FeatureMap map = maps.get(i);
            inputs.add(Grid.at(context, xs[i], top, padded.rows(), padded.cols(), cell));
            double outTop = top + (padded.rows() - map.values().rows()) * cell / 2;
            outputs.add(Grid.at(context, xs[i] + (padded.cols() + 0.8) * cell, outTop, map.values().rows(),
                    map.values().cols(), cell));
        }
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        double sweep = Easing.span(p, 0.08, 0.78);
        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            Grid input = inputs.get(i);
            Grid output = outputs.get(i);
            List<Window> windows = map.windows();
            double position = sweep * (windows.size() - 1);
            int at = (int) Math.floor(position);
            double hop = Easing.glide(position - at);
            Grid.Look look = Grid.Look.uniform(theme.panel(), theme.text());
            input.cells(canvas, map.padded(), look, "input grid");
            Stride stride = strides.get(i);
            String name = stride.rows() == stride.cols() ? Integer.toString(stride.rows()) : stride.rows() + "×" + stride.cols();
            ShapedText title = context.line(context.numbers().digits("Stride " + name), theme.labelSize() * 1.15f, true);
            double columnCentre = (input.box().getX() + output.box().getMaxX()) / 2;
            canvas.textCentered(title, columnCentre, input.box().getY() - Grid.labelHeight(context) * 0.75,
                    theme.accent(), 1, "stride title");
            paintHops(canvas, map, input, at);
            Window from = windows.get(at);
            Window to = windows.get(Math.min(at + 1, windows.size() - 1));
            double top = from.top() + (to.top() - from.top()) * hop;
            double left = from.left() + (to.left() - from.left()) * hop;
            Matrix weights = map.kernel().weights();
            Rectangle2D frame = new Rectangle2D.Double(input.box().getX() + left * cell, input.box().getY() + top * cell,
                    weights.cols() * cell, weights.rows() * cell);
            canvas.fill(frame, theme.window(), 0.16);
            input.numbers(canvas, map.padded(), look);
            canvas.stroke(new RoundRectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(),
                    cell * 0.12, cell * 0.12), theme.window(), (float) (cell * 0.06), 1);

            int filled = sweep >= 1 ? windows.size() : at + (hop > 0.6 ? 1 : 0) + (at == 0 && sweep > 0 ? 1 : 0);
            double scale = Heat.scaleOf(map.values());
            output.draw(canvas, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return shown(r, c) ? Heat.color(theme, map.values().get(r, c), scale) : theme.panel();
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }

                @Override
                public double textAlpha(int r, int c) {
                    return shown(r, c) ? 1 : 0;
                }

                private boolean shown(int r, int c) {
                    return r * map.values().cols() + c < filled;
                }
            }, "feature map grid");
            int multiplications = windows.size() * weights.rows() * weights.cols();
            double summary = Easing.out(Easing.span(p, 0.8, 0.9));
            output.footnote(canvas, "Output " + context.numbers().size(map.values().rows(), map.values().cols()),
                    cell * 0.4, 1);
            ShapedText cost = context.line(context.numbers().digits(multiplications + " গুণ"), theme.labelSize(), false);
            canvas.textCentered(cost, input.box().getCenterX(), input.box().getMaxY() + Grid.labelHeight(context) / 2,
                    theme.mutedText(), summary, "cost");
        }
    }

    /** Arcs from each visited window's centre to the next, up to the current one. */
    private void paintHops(Canvas canvas, FeatureMap map, Grid input, int upTo) {
        Matrix weights = map.kernel().weights();
        Path2D arcs = new Path2D.Double();
        List<Window> windows = map.windows();
        double lift = cell * 0.6;
        for (int i = 1; i <= upTo && i < windows.size(); i++) {
            double[] a = centre(windows.get(i - 1), weights, input);
            double[] b = centre(windows.get(i), weights, input);
            arcs.moveTo(a[0], a[1]);
            arcs.quadTo((a[0] + b[0]) / 2, Math.min(a[1], b[1]) - lift, b[0], b[1]);
        }
        canvas.stroke(arcs, context.theme().window(), (float) (cell * 0.04), 0.45);
    }

    private double[] centre(Window window, Matrix weights, Grid input) {
        return new double[] {
            input.box().getX() + (window.left() + weights.cols() / 2.0) * cell,
            input.box().getY() + (window.top() + weights.rows() / 2.0) * cell};
    }
}
