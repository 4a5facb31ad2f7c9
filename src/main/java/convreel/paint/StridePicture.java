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
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * The same pass at different strides side by side: each window hops by its stride (the hops drawn
 * as arcs), each output fills in, and under each the output size and how many multiplications it
 * took, all computed by the engine.
 */
final class StridePicture implements Comparison {
    /** The share of a hop, at its end, over which the output of the window landing fades in. */
    private static final double LANDING = 0.4;

    private final PaintContext context;
    private final List<Stride> strides;
    private final Takeaways takeaways;
    private final List<FeatureMap> maps = new ArrayList<>();
    private final List<Grid> inputs = new ArrayList<>();
    private final List<Grid> outputs = new ArrayList<>();
    private final double cell;
    private final boolean footnotes;
    private final boolean paired;

    /** The strides side by side; with {@code takeaways} (one per stride, or none), room under each for its own. */
    StridePicture(PaintContext context, List<Stride> strides, List<String> conclusions) {
        this.context = context;
        this.strides = strides;
        this.takeaways = new Takeaways(context, conclusions);
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
            double under = label + takeaways.room();
            columns.add(Block.of("column " + i, Length.cells(padded.cols() + 0.8 + outCols), Length.cells(padded.rows()))
                    .gap(gap).above(2 * label, heading).below(under, takeaways.label(i, BlockFlow.Label.NONE)));
            ShapedText cost = cost(i);
            ins.add(Block.grid("input " + i, padded.rows(), padded.cols())
                    .gap(gap).above(1.5 * label, heading)
                    .below(under, takeaways.label(i, new BlockFlow.Label(cost.width(), cost.width()))));
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
            Matrix weights = map.kernel().weights();
            // Each visited window leaves its centre cell tinted: stride 1 tints every centre, stride 2
            // every other one, so the length of the hop stays on screen after the window has moved on.
            boolean[][] visited = new boolean[map.padded().rows()][map.padded().cols()];
            for (int w = 0; w <= at && w < windows.size(); w++) {
                visited[windows.get(w).top() + weights.rows() / 2][windows.get(w).left() + weights.cols() / 2] = true;
            }
            Color footprint = Theme.mix(theme.panel(), theme.window(), 0.3);
            Grid.Look look = new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return visited[r][c] ? footprint : theme.panel();
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }
            };
            input.cells(canvas, map.padded(), input.orPixels(look, map.padded()), "input grid");
            ShapedText title = title(i);
            double titleCentre = paired ? (input.box().getX() + output.box().getMaxX()) / 2 : input.box().getCenterX();
            canvas.textCentered(title, titleCentre, input.box().getY() - Grid.labelHeight(context) * 0.75,
                    theme.accent(), 1, "stride title");
            if (hop > 0 && at + 1 < windows.size()) {
                paintHop(canvas, windows.get(at), windows.get(at + 1), weights, input, hop);
            }
            Window from = windows.get(at);
            Window to = windows.get(Math.min(at + 1, windows.size() - 1));
            double top = from.top() + (to.top() - from.top()) * hop;
            double left = from.left() + (to.left() - from.left()) * hop;
            Rectangle2D frame = new Rectangle2D.Double(input.box().getX() + left * cell, input.box().getY() + top * cell,
                    weights.cols() * cell, weights.rows() * cell);
            canvas.fill(frame, theme.window(), 0.16);
            input.numbers(canvas, map.padded(), look);
            canvas.stroke(new RoundRectangle2D.Double(frame.getX(), frame.getY(), frame.getWidth(), frame.getHeight(),
                    cell * 0.12, cell * 0.12), theme.window(), (float) (cell * 0.06), 1);

            double scale = Heat.scaleOf(map.values());
            output.draw(canvas, map.values(), new Grid.Look() {
                @Override
                public Color fill(int r, int c) {
                    return Theme.mix(theme.panel(), Heat.color(theme, map.values().get(r, c), scale), shown(r, c));
                }

                @Override
                public Color ink(int r, int c) {
                    return theme.text();
                }

                @Override
                public double textAlpha(int r, int c) {
                    return shown(r, c);
                }

                /**
                 * How far window k's output is in: it fades in over the last 40 % of the hop that
                 * lands the window on its place, and stays.
                 */
                private double shown(int r, int c) {
                    int k = r * map.values().cols() + c;
                    return sweep <= 0 ? 0 : Math.max(0, Math.min(1, (position - k + LANDING) / LANDING));
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

    @Override
    public boolean showsTakeaways() {
        return footnotes && !takeaways.isEmpty();
    }

    /** Each stride's conclusion under its input, below the count of multiplications; centred on input and output when paired. */
    @Override
    public void paintTakeaways(Canvas canvas, IntToDoubleFunction shown) {
        if (showsTakeaways()) {
            takeaways.paintUnder(canvas, IntStream.range(0, strides.size()).mapToObj(i -> {
                Rectangle2D input = inputs.get(i).box();
                double right = paired ? outputs.get(i).box().getMaxX() : input.getMaxX();
                return (Rectangle2D) new Rectangle2D.Double(input.getX(), input.getY(), right - input.getX(), input.getHeight());
            }).toList(), shown);
        }
    }

    /**
     * The hop under way, as an arc from the window's last centre to its next, there while the window
     * is in the air: it grows in during the first half of the hop and fades out in the second.
     */
    private void paintHop(Canvas canvas, Window from, Window to, Matrix weights, Grid input, double hop) {
        double[] a = centre(from, weights, input);
        double[] b = centre(to, weights, input);
        Path2D arc = new Path2D.Double();
        arc.moveTo(a[0], a[1]);
        arc.quadTo((a[0] + b[0]) / 2, Math.min(a[1], b[1]) - cell * 0.6, b[0], b[1]);
        canvas.stroke(arc, context.theme().window(), (float) (cell * 0.05), 0.6 * Math.sin(Math.PI * hop));
    }

    private double[] centre(Window window, Matrix weights, Grid input) {
        return new double[] {
            input.box().getX() + (window.left() + weights.cols() / 2.0) * cell,
            input.box().getY() + (window.top() + weights.rows() / 2.0) * cell};
    }
}
