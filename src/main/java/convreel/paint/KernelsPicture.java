package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
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

/**
 * Several kernels, several maps: each kernel of the scene above the feature map it gives, then the
 * maps stacked into one multi-channel output.
 */
final class KernelsPicture implements BeatPicture {
    private static final double ARROW = 0.6;
    private static final double SMALL_DECK = 0.5;
    private static final double APART = 0.7;

    private final PaintContext context;
    private final List<FeatureMap> maps;
    private final List<Grid> kernels = new ArrayList<>();
    private final List<Grid> outputs = new ArrayList<>();
    private final Rectangle2D stack;
    private final double cell;
    private final double deckCell;
    private final boolean twoLineNames;
    private final boolean footnotes;

    KernelsPicture(PaintContext context) {
        this.context = context;
        this.maps = context.computation().maps();
        Matrix weights = maps.get(0).kernel().weights();
        Matrix values = maps.get(0).values();
        int columnCells = Math.max(weights.cols(), values.cols());
        int count = maps.size();
        // First the names on one line and the deck as large as the grids; if the names collide, each
        // on two lines; if the grids are then too small to read, without footnotes, then a small deck.
        List<Rows> twoLines = ways(true, 1);
        List<Rows> smallDeck = ways(true, SMALL_DECK);
        BlockFlow.Placement placed = BlockFlow.place(context, context.unit() * 0.1, Grid.smallestCell(context),
                List.of(ways(false, 1), twoLines, withoutFootnotes(twoLines), smallDeck, withoutFootnotes(smallDeck)));
        this.cell = placed.cell();
        this.twoLineNames = placed.tier() > 0;
        this.footnotes = placed.tier() < 2 || placed.tier() == 3;
        this.deckCell = cell * (placed.tier() >= 3 ? SMALL_DECK : 1);
        for (int i = 0; i < count; i++) {
            Rectangle2D column = placed.box("column " + i);
            double x = column.getX();
            kernels.add(Grid.at(context, x + (columnCells - weights.cols()) * cell / 2, column.getY(), weights.rows(), weights.cols(), cell));
            outputs.add(Grid.at(context, x + (columnCells - values.cols()) * cell / 2,
                    column.getY() + (weights.rows() + ARROW) * cell, values.rows(), values.cols(), cell));
        }
        Rectangle2D box = placed.box("stack");
        // A full-size deck beside the columns stands apart from them, by more than their own gap,
        // in the room the row keeps spare (see ways()), never past the safe area.
        boolean apart = deckCell == cell && placed.sameRow("stack", "column " + (count - 1))
                && box.getMaxX() + APART * cell <= context.safe().getMaxX();
        this.stack = new Rectangle2D.Double(box.getX() + (apart ? APART * cell : 0), box.getY(), box.getWidth(), box.getHeight());
    }

    /**
     * The ways to lay the columns and the deck out, with the names on one line or two, the deck's
     * cells {@code deckScale} times the grids'; with a small deck the columns close up a little.
     */
    private List<Rows> ways(boolean twoLines, double deckScale) {
        Matrix weights = maps.get(0).kernel().weights();
        Matrix values = maps.get(0).values();
        double label = Grid.labelHeight(context);
        float labelSize = context.theme().labelSize();
        int columnCells = Math.max(weights.cols(), values.cols());
        int count = maps.size();
        double above = twoLines ? label + labelSize * context.unit() * 1.45 : label;
        List<Block> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            columns.add(Block.of("column " + i, Length.cells(columnCells), Length.cells(weights.rows() + values.rows() + ARROW))
                    .gap(Length.cells(deckScale == 1 ? 0.8 : 0.6))
                    .above(above, context.label(labelSize, true, name(i, twoLines)))
                    .below(label, context.label(labelSize, false, mapName(i)))
                    .spill(Length.cells(0.4)));
        }
        double layers = 0.35 * (count - 1);
        Block deck = Block.of("stack", Length.cells((values.cols() + layers) * deckScale), Length.cells((values.rows() + layers) * deckScale))
                .gap(Length.cells(0.8))
                .above(label, context.label(labelSize, true, channels()))
                .below(label, context.label(labelSize, false, stackSize()))
                .spill(Length.cells(0.5))
                .onFloor();
        List<Block> all = new ArrayList<>(columns);
        all.add(deck);
        int half = (count + 1) / 2;
        List<Block> rest = new ArrayList<>(columns.subList(half, count));
        rest.add(deck);
        // Room for a full-size deck to stand a little apart from the columns (see the constructor).
        Length margin = Length.cells(deckScale == 1 ? APART : 0);
        double rowGap = context.unit() * 0.01;
        return List.of(
                Rows.of(margin, rowGap, all),
                Rows.of(margin, rowGap, columns, List.of(deck)),
                Rows.of(margin, rowGap, columns.subList(0, half), rest));
    }

    private static List<Rows> withoutFootnotes(List<Rows> ways) {
        return ways.stream().map(Rows::withoutFootnotes).toList();
    }

    /** Kernel {@code i}'s name, on two lines if asked: split at the space nearest its middle. */
    private String name(int i, boolean twoLines) {
        String name = maps.get(i).kernel().name();
        if (!twoLines) {
            return name;
        }
        int best = -1;
        for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
            if (best < 0 || Math.abs(at - name.length() / 2.0) < Math.abs(best - name.length() / 2.0)) {
                best = at;
            }
        }
        return best < 0 ? name : name.substring(0, best) + "\n" + name.substring(best + 1);
    }

    private String mapName(int i) {
        return "map " + context.numbers().digits(Integer.toString(i + 1));
    }

    private String channels() {
        return context.numbers().digits(maps.size() + " channel");
    }

    private String stackSize() {
        Matrix values = maps.get(0).values();
        return context.numbers().digits(values.rows() + "×" + values.cols() + "×" + maps.size());
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        int count = maps.size();
        for (int i = 0; i < count; i++) {
            FeatureMap map = maps.get(i);
            double appear = state.cue(Cue.COLUMN, i);
            double filled = state.cue(Cue.RESPONSE, i);
            Canvas column = canvas.faded(appear);
            Grid kernel = kernels.get(i);
            Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
            kernel.draw(column, map.kernel().weights(), kernel.orPixels(Grid.Look.uniform(fill, theme.kernel()), map.kernel().weights()),
                    "kernel grid");
            kernel.label(column, name(i, twoLineNames), cell * 0.4, 1);
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
            if (footnotes) {
                output.footnote(column, mapName(i), cell * 0.4, filled);
            }
        }
        paintStack(canvas.faded(state.cue(Cue.STACK)));
    }

    /** The maps as layers of one output, offset like a deck of cards, with the channel count. */
    private void paintStack(Canvas canvas) {
        Theme theme = context.theme();
        int count = maps.size();
        Matrix values = maps.get(0).values();
        double step = 0.35 * deckCell;
        for (int i = count - 1; i >= 0; i--) {
            FeatureMap map = maps.get(i);
            double x = stack.getX() + i * step;
            double y = stack.getMaxY() - values.rows() * deckCell - i * step;
            double scale = Heat.scaleOf(map.values());
            double small = deckCell;
            for (int r = 0; r < values.rows(); r++) {
                for (int c = 0; c < values.cols(); c++) {
                    Rectangle2D square = new Rectangle2D.Double(x + c * small, y + r * small, small, small);
                    canvas.fill(square, Heat.color(theme, map.values().get(r, c), scale), 1);
                    canvas.stroke(square, theme.gridLine(), (float) Math.max(1, deckCell * 0.02), 1);
                }
            }
            canvas.stroke(new RoundRectangle2D.Double(x, y, values.cols() * small, values.rows() * small, 6, 6),
                    theme.text(), (float) (deckCell * 0.03), 0.6);
        }
        canvas.block(stack, "stacked maps", 1);
        ShapedText title = context.fitted(channels(), context.theme().labelSize(), true, stack.getWidth() + cell);
        ShapedText size = context.fitted(stackSize(), context.theme().labelSize(), false, stack.getWidth() + cell);
        double labelHeight = Grid.labelHeight(context);
        canvas.textCentered(title, stack.getCenterX(), stack.getY() - labelHeight / 2, theme.mutedText(), 1, "label");
        if (footnotes) {
            canvas.textCentered(size, stack.getCenterX(), stack.getMaxY() + labelHeight / 2, theme.mutedText(), 1, "footnote");
        }
    }
}
