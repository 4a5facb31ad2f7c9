package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Matrix;
import convreel.model.Stride;
import convreel.paint.BlockFlow.Block;
import convreel.paint.BlockFlow.Length;
import convreel.paint.BlockFlow.Rows;
import convreel.timeline.Cue;
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
    private final boolean footnotes;
    private final boolean paired;

    StridePicture(PaintContext context, List<Stride> strides) {
        this.context = context;
        this.strides = strides;
        for (Stride stride : strides) {
            maps.add(context.computation().with(stride));
        }
        Matrix padded = maps.get(0).padded();
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        int outCols = maps.stream().mapToInt(m -> m.values().cols()).max().orElse(1);
        List<Block> columns = new ArrayList<>();
        List<Block> ins = new ArrayList<>();
        List<Block> outs = new ArrayList<>();
        for (int i = 0; i < strides.size(); i++) {
            Matrix values = maps.get(i).values();
            ShapedText title = title(i);
            BlockFlow.Label heading = new BlockFlow.Label(title.width(), title.width());
            Length gap = Length.cells(i == 0 ? 0 : 1.2);
            // Side by side, the output beside its input: the title over both, the footnotes under each.
            columns.add(Block.of("column " + i, Length.cells(padded.cols() + 0.8 + outCols), Length.cells(padded.rows()))
                    .gap(gap).above(2 * label, heading).below(label, BlockFlow.Label.NONE));
            ShapedText cost = cost(i);
            ins.add(Block.grid("input " + i, padded.rows(), padded.cols())
                    .gap(gap).above(1.5 * label, heading).below(label, new BlockFlow.Label(cost.width(), cost.width())));
            outs.add(Block.grid("output " + i, values.rows(), values.cols())
                    .gap(gap).below(label, context.label(labelSize, false, outputSize(i)))
                    .spill(Length.cells(0.4)));
        }
        double rowGap = context.unit() * 0.01;
        List<Rows> ways = List.of(
                Rows.of(Length.ZERO, rowGap, columns),
                Rows.of(Length.ZERO, rowGap, ins, outs),
                new Rows(columns.stream().map(List::of).toList(), Length.ZERO, rowGap));
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(ways, ways.stream().map(Rows::withoutFootnotes).toList()));
        this.cell = placed.cell();
        this.footnotes = placed.tier() == 0;
        this.paired = placed.has("column 0");
        for (int i = 0; i < strides.size(); i++) {
            FeatureMap map = maps.get(i);
            Rectangle2D in;
            Rectangle2D out;
            if (paired) {
                Rectangle2D column = placed.box("column " + i);
                in = new Rectangle2D.Double(column.getX(), column.getY(), padded.cols() * cell, padded.rows() * cell);
                out = new Rectangle2D.Double(column.getX() + (padded.cols() + 0.8) * cell,
                        column.getY() + (padded.rows() - map.values().rows()) * cell / 2,
                        map.values().cols() * cell, map.values().rows() * cell);
            } else {
                in = placed.box("input " + i);
                out = placed.box("output " + i);
            }
            inputs.add(new Grid(context, in, cell));
            outputs.add(new Grid(context, out, cell));
        }
    }

    private ShapedText title(int i) {
        Stride stride = strides.get(i);
        String name = stride.rows() == stride.cols() ? Integer.toString(stride.rows()) : stride.rows() + "×" + stride.cols();
        return context.line(context.numbers().digits("Stride " + name), context.theme().labelSize() * 1.15f, true);
    }

    private ShapedText cost(int i) {
        FeatureMap map = maps.get(i);
        Matrix weights = map.kernel().weights();
        int multiplications = map.windows().size() * weights.rows() * weights.cols();
        return context.line(context.numbers().digits(multiplications + " গুণ"), context.theme().labelSize(), false);
    }

    private String outputSize(int i) {
        Matrix values = maps.get(i).values();
        return "Output " + context.numbers().size(values.rows(), values.cols());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double sweep = state.cue(Cue.SWEEP);
        for (int i = 0; i < maps.size(); i++) {
            FeatureMap map = maps.get(i);
            Grid input = inputs.get(i);
            Grid output = outputs.get(i);
            List<Window> windows = map.windows();
            double position = sweep * (windows.size() - 1);
            int at = (int) Math.floor(position);
            double hop = position - at;
            Grid.Look look = Grid.Look.uniform(theme.panel(), theme.text());
            input.cells(canvas, map.padded(), input.orPixels(look, map.padded()), "input grid");
            ShapedText title = title(i);
            double titleCentre = paired ? (input.box().getX() + output.box().getMaxX()) / 2 : input.box().getCenterX();
            canvas.textCentered(title, titleCentre, input.box().getY() - Grid.labelHeight(context) * 0.75,
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
            if (footnotes) {
                double summary = state.cue(Cue.COST);
                output.footnote(canvas, outputSize(i), cell * 0.4, 1);
                canvas.textCentered(cost(i), input.box().getCenterX(), input.box().getMaxY() + Grid.labelHeight(context) / 2,
                        theme.mutedText(), summary, "cost");
            }
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
