package convreel.paint;

import convreel.model.Matrix;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A two-column comparison: the header, then each row revealed in turn. The columns are equal when
 * the widest text fits half the stage; on a narrower stage each column takes what its texts need,
 * the text shrinks towards the smallest readable size, and a text still too wide wraps.
 */
final class TablePicture implements BeatPicture {
    /** A cell's side padding, as a share of the text size, when the columns are as wide as their texts. */
    private static final double TIGHT = 0.6;

    /** A recap map's largest cell, as a share of the type unit. */
    private static final float RECAP_CELL = 0.09f;

    private final PaintContext context;
    private final Setting setting;
    private final Rectangle2D box;
    /** Per row, the map of the picture before that the row sums up; empty when the table has none. */
    private final List<Matrix> recaps;
    private final double recapCell;
    private final double recapWidth;

    /**
     * The texts shaped into their columns.
     *
     * @param left         the first column's width
     * @param right        the second column's width
     * @param header       the header's two texts
     * @param rows         each row's two texts
     * @param headerHeight the header row's height
     * @param rowHeights   each row's height: one line is 1.9 times the text size, more lines add theirs
     */
    private record Setting(double left, double right, List<ShapedText> header, List<List<ShapedText>> rows,
            double headerHeight, List<Double> rowHeights) {
        double height() {
            double height = headerHeight;
            for (double h : rowHeights) {
                height += h;
            }
            return height;
        }

        double width() {
            return left + right;
        }
    }

    /**
     * A table of {@code headerTexts} and {@code rowTexts}; with {@code recaps} (one map per row),
     * each row also shows, in a column of its own, the map it sums up, in the feature map's colours.
     */
    TablePicture(PaintContext context, List<String> headerTexts, List<List<String>> rowTexts, List<Matrix> recaps) {
        this.context = context;
        this.recaps = List.copyOf(recaps);
        Rectangle2D whole = context.geometry().largestStage();
        int widest = recaps.stream().mapToInt(Matrix::cols).max().orElse(0);
        int tallest = recaps.stream().mapToInt(Matrix::rows).sum();
        int lines = rowTexts.size() + 1;
        // The maps the rows sum up are the picture: as large as a third of the stage's width and
        // its height allow, less the header's line, so the table is a compact panel beside them.
        double cell = Math.min(RECAP_CELL * context.unit(), whole.getWidth() / 3 / (widest + 2));
        if (!recaps.isEmpty()) {
            cell = Math.min(cell, whole.getHeight() * (1 - 1.0 / lines) * 0.95 / (tallest + 0.8 * recaps.size()));
        }
        this.recapCell = cell;
        this.recapWidth = recaps.isEmpty() ? 0 : (widest + 2) * recapCell;
        Rectangle2D stage = new Rectangle2D.Double(whole.getX(), whole.getY(), whole.getWidth() - recapWidth, whole.getHeight());
        Theme theme = context.theme();
        // Large type: a table is read whole while the voice goes through it.
        float size = (float) Math.max(Theme.SMALLEST_TEXT,
                Math.min(theme.titleSize() * 0.9, stage.getHeight() / lines / 1.9 / context.unit()));
        // Shrink towards the caption's size while the texts do not fit on one line each; then wrap
        // them, and only if the wrapped table is too tall go on towards the smallest size.
        float floor = Math.min(size, Math.max(Theme.SMALLEST_TEXT, theme.captionSize()));
        while (size > floor && fullWidth(headerTexts, rowTexts, size) > stage.getWidth()) {
            size = Math.max(floor, size * 0.92f);
        }
        Setting set = set(headerTexts, rowTexts, size, stage.getWidth());
        while (set.height() > stage.getHeight() && size > Theme.SMALLEST_TEXT) {
            size = Math.max(Theme.SMALLEST_TEXT, size * 0.92f);
            set = set(headerTexts, rowTexts, size, stage.getWidth());
        }
        this.setting = set;
        double width = set.width() + recapWidth;
        this.box = new Rectangle2D.Double(whole.getCenterX() - width / 2, whole.getCenterY() - set.height() / 2, width,
                set.height());
    }

    /** The width the table needs with every text on one line, each column as wide as its texts. */
    private double fullWidth(List<String> headerTexts, List<List<String>> rowTexts, float size) {
        double[] widths = widths(headerTexts, rowTexts, size);
        return widths[0] + widths[1] + 4 * TIGHT * size * context.unit();
    }

    /**
     * Sets the texts at {@code size} into columns no wider together than {@code room}: equal
     * columns when the widest text fits half of it; else each as wide as its texts; else one
     * column keeps its texts on a line and the other wraps them.
     */
    private Setting set(List<String> headerTexts, List<List<String>> rowTexts, float size, double room) {
        double[] widths = widths(headerTexts, rowTexts, size);
        double widest = Math.max(widths[0], widths[1]);
        double roomy = size * context.unit();
        if (widest + 2 * roomy <= room / 2) {
            double half = Math.min(room / 2, widest + 2 * roomy);
            return shape(headerTexts, rowTexts, size, new double[] {half, half}, roomy);
        }
        double pad = TIGHT * roomy;
        double[] full = {widths[0] + 2 * pad, widths[1] + 2 * pad};
        if (full[0] + full[1] <= room) {
            return shape(headerTexts, rowTexts, size, full, pad);
        }
        // The wider column wraps, in what the other leaves, if its longest word fits there.
        double[] least = {longestWord(headerTexts, rowTexts, 0, size) + 2 * pad,
            longestWord(headerTexts, rowTexts, 1, size) + 2 * pad};
        int wraps = widths[1] >= widths[0] ? 1 : 0;
        if (room - full[1 - wraps] < least[wraps]) {
            wraps = 1 - wraps;
        }
        double[] columns = new double[2];
        columns[1 - wraps] = Math.min(full[1 - wraps], room - least[wraps]);
        columns[wraps] = room - columns[1 - wraps];
        return shape(headerTexts, rowTexts, size, columns, pad);
    }

    /** Shapes the texts into {@code columns}, {@code pad} in from either side. */
    private Setting shape(List<String> headerTexts, List<List<String>> rowTexts, float size, double[] columns, double pad) {
        List<ShapedText> header = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            header.add(cell(headerTexts.get(c), size, true, columns[c] - 2 * pad));
        }
        List<List<ShapedText>> rows = new ArrayList<>();
        for (List<String> row : rowTexts) {
            List<ShapedText> shaped = new ArrayList<>();
            for (int c = 0; c < 2; c++) {
                shaped.add(cell(row.get(c), size, false, columns[c] - 2 * pad));
            }
            rows.add(List.copyOf(shaped));
        }
        List<Double> heights = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            double recap = r < recaps.size() ? (recaps.get(r).rows() + 0.8) * recapCell : 0;
            heights.add(Math.max(rowHeight(rows.get(r), size), recap));
        }
        return new Setting(columns[0], columns[1], List.copyOf(header), List.copyOf(rows), rowHeight(header, size),
                List.copyOf(heights));
    }

    /** The widest text of each column on one line at {@code size}. */
    private double[] widths(List<String> headerTexts, List<List<String>> rowTexts, float size) {
        double[] widths = new double[2];
        for (int c = 0; c < 2; c++) {
            widths[c] = context.line(headerTexts.get(c), size, true).width();
            for (List<String> row : rowTexts) {
                widths[c] = Math.max(widths[c], context.line(row.get(c), size, false).width());
            }
        }
        return widths;
    }

    /** The widest single word of column {@code c}, which no wrapping can break. */
    private double longestWord(List<String> headerTexts, List<List<String>> rowTexts, int c, float size) {
        double longest = 0;
        for (String word : headerTexts.get(c).split(" ")) {
            longest = Math.max(longest, context.line(word, size, true).width());
        }
        for (List<String> row : rowTexts) {
            for (String word : row.get(c).split(" ")) {
                longest = Math.max(longest, context.line(word, size, false).width());
            }
        }
        return longest;
    }

    private ShapedText cell(String text, float size, boolean bold, double room) {
        ShapedText line = context.line(text, size, bold);
        return line.width() <= room ? line : context.wrappedEvenly(text, size, bold, room);
    }

    /** A one-line row is 1.9 times the text size; each wrapped line adds a line's height. */
    private double rowHeight(List<ShapedText> row, float size) {
        int lines = Math.max(row.get(0).lineCount(), row.get(1).lineCount());
        return size * context.unit() * 1.9 + (lines - 1) * row.get(0).lineHeight();
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double headerHeight = setting.headerHeight();
        double divider = box.getX() + recapWidth + setting.left();
        canvas.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), headerHeight, 16, 16),
                Theme.mix(theme.panel(), theme.accent(), 0.15), 1);
        for (int c = 0; c < 2; c++) {
            canvas.textCentered(setting.header().get(c), centre(c), box.getY() + headerHeight / 2, theme.accent(), 1, null);
        }
        double top = box.getY() + headerHeight;
        List<List<ShapedText>> rows = setting.rows();
        for (int r = 0; r < rows.size(); r++) {
            double appear = state.cue(Cue.ROW, r);
            double rowHeight = setting.rowHeights().get(r);
            Canvas row = canvas.faded(appear);
            for (int c = 0; c < 2; c++) {
                ShapedText text = rows.get(r).get(c);
                double ty = top + rowHeight / 2 + (1 - appear) * rowHeight * 0.3;
                row.textCentered(text, centre(c), ty, theme.text(), 1, null);
            }
            if (r < recaps.size()) {
                paintRecap(row, recaps.get(r), box.getX() + recapWidth / 2, top + rowHeight / 2);
            }
            canvas.stroke(new Line2D.Double(box.getX(), top, box.getMaxX(), top), theme.gridLine(), 2, appear);
            top += rowHeight;
        }
        double inset = headerHeight * 0.15;
        canvas.stroke(new Line2D.Double(divider, box.getY() + inset, divider, box.getMaxY() - inset), theme.gridLine(), 2, 1);
        canvas.block(box, "table", 1);
    }

    /** A map as coloured cells centred on ({@code cx}, {@code cy}): its shape and its signs at a glance. */
    private void paintRecap(Canvas canvas, Matrix map, double cx, double cy) {
        Theme theme = context.theme();
        double scale = Heat.scaleOf(map);
        double left = cx - map.cols() * recapCell / 2;
        double top = cy - map.rows() * recapCell / 2;
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                Rectangle2D square = new Rectangle2D.Double(left + c * recapCell, top + r * recapCell, recapCell, recapCell);
                canvas.fill(square, Heat.color(theme, map.get(r, c), scale), 1);
                canvas.stroke(square, theme.gridLine(), 1, 1);
            }
        }
    }

    private double centre(int column) {
        double x = box.getX() + recapWidth;
        return column == 0 ? x + setting.left() / 2 : x + setting.left() + setting.right() / 2;
    }
}
