package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Several kernels, several maps: each kernel of the scene above the feature map it gives, then the
 * maps stacked into one multi-channel output.
 */
final class KernelsPicture implements BeatPicture {
    private final PaintContext context;
    private final List<FeatureMap> maps;
    private final List<Grid> kernels = new ArrayList<>();
    private final List<Grid> outputs = new ArrayList<>();
    private final Rectangle2D stack;
    private final double cell;

    KernelsPicture(PaintContext context) {
        this.context = context;
        this.maps = context.computation().maps();
        Matrix weights = maps.get(0).kernel().weights();
        Matrix values = maps.get(0).values();
        Rectangle2D stage = context.stage();
        double label = Grid.labelHeight(context);
        int columnCells = Math.max(weights.cols(), values.cols());
        double arrow = 0.6;
        int count = maps.size();
        double stackCells = values.cols() + 0.35 * (count - 1);
        double widthCells = count * columnCells + (count - 1) * 0.8 + 1.5 + stackCells;
        this.cell = Math.min(context.height() * 0.1, Math.min(stage.getWidth() / widthCells,
                (stage.getHeight() - 2 * label) / (weights.rows() + values.rows() + arrow)));
        double[] widths = new double[count + 1];
        Arrays.fill(widths, columnCells * cell);
        widths[count] = stackCells * cell;
        double[] xs = Columns.centred(stage.getX(), stage.getMaxX(), 0.8 * cell, widths);
        xs[count] += 0.7 * cell;
        double top = stage.getCenterY() - (weights.rows() + values.rows() + arrow) * cell / 2;
        for (int i = 0; i < count; i++) {
            kernels.add(Grid.at(context, xs[i] + (columnCells - weights.cols()) * cell / 2, top, weights.rows(), weights.cols(), cell));
            outputs.add(Grid.at(context, xs[i] + (columnCells - values.cols()) * cell / 2,
                    top + (weights.rows() + arrow) * cell, values.rows(), values.cols(), cell));
        }
        double stackTop = outputs.get(0).box().getY() - 0.35 * (count - 1) * cell;
        this.stack = new Rectangle2D.Double(xs[count], stackTop, stackCells * cell,
                values.rows() * cell + 0.35 * (count - 1) * cell);
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        int count = maps.size();
        for (int i = 0; i < count; i++) {
            FeatureMap map = maps.get(i);
            double appear = Easing.out(Easing.span(p, 0.04 + 0.14 * i, 0.16 + 0.14 * i));
            double filled = Easing.out(Easing.span(p, 0.1 + 0.14 * i, 0.25 + 0.14 * i));
            Canvas column = canvas.faded(appear);
            Grid kernel = kernels.get(i);
            Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
            kernel.draw(column, map.kernel().weights(), Grid.Look.uniform(fill, theme.kernel()), "kernel grid");
            kernel.label(column, map.kernel().name(), cell * 0.4, 1);
            Grid output = outputs.get(i);
            Operators.down(column, context, kernel.box().getCenterX(), kernel.box().getMaxY(), output.box().getY(), cell, filled);
            double scale = Heat.scaleOf(map.values());
            output.draw(column, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return Theme.mix(theme.panel(), Heat.color(theme, map.values().get(r, c), scale), filled);
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }

                @Override
                public double textAlpha(int r, int c) {
                    return filled;
                }
            }, "feature map grid");
            output.footnote(column, "map " + context.numbers().digits(Integer.toString(i + 1)), cell * 0.4, filled);
        }
        paintStack(canvas.faded(Easing.out(Easing.span(p, 0.62, 0.8))));
    }

    /** The maps as layers of one output, offset like a deck of cards, with the channel count. */
    private void paintStack(Canvas canvas) {
        Theme theme = context.theme();
        int count = maps.size();
        Matrix values = maps.get(0).values();
        double step = 0.35 * cell;
        for (int i = count - 1; i >= 0; i--) {
            FeatureMap map = maps.get(i);
            double x = stack.getX() + i * step;
            double y = stack.getMaxY() - values.rows() * cell - i * step;
            double scale = Heat.scaleOf(map.values());
            double small = cell;
            for (int r = 0; r < values.rows(); r++) {
                for (int c = 0; c < values.cols(); c++) {
                    Rectangle2D square = new Rectangle2D.Double(x + c * small, y + r * small, small, small);
                    canvas.fill(square, Heat.color(theme, map.values().get(r, c), scale), 1);
                    canvas.stroke(square, theme.gridLine(), (float) Math.max(1, cell * 0.02), 1);
                }
            }
            canvas.stroke(new RoundRectangle2D.Double(x, y, values.cols() * small, values.rows() * small, 6, 6),
                    theme.text(), (float) (cell * 0.03), 0.6);
        }
        canvas.block(stack, "stacked maps", 1);
        String channels = context.numbers().digits(values.rows() + "×" + values.cols() + "×" + count);
        ShapedText title = context.fitted(context.numbers().digits(count + " channel"), context.theme().labelSize(), true, stack.getWidth() + cell);
        ShapedText size = context.fitted(channels, context.theme().labelSize(), false, stack.getWidth() + cell);
        double labelHeight = Grid.labelHeight(context);
        canvas.textCentered(title, stack.getCenterX(), stack.getY() - labelHeight / 2, theme.mutedText(), 1, "label");
        canvas.textCentered(size, stack.getCenterX(), stack.getMaxY() + labelHeight / 2, theme.mutedText(), 1, "footnote");
    }
}
