package convreel.paint;

import convreel.timeline.Easing;
import convreel.timeline.FrameState;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A two-column comparison: the header, then each row revealed in turn. */
final class TablePicture implements BeatPicture {
    private final PaintContext context;
    private final List<ShapedText> header = new ArrayList<>();
    private final List<List<ShapedText>> rows = new ArrayList<>();
    private final Rectangle2D box;
    private final double columnWidth;
    private final double rowHeight;

    TablePicture(PaintContext context, List<String> headerTexts, List<List<String>> rowTexts) {
        this.context = context;
        Rectangle2D stage = context.stage();
        Theme theme = context.theme();
        int lines = rowTexts.size() + 1;
        float size = (float) Math.max(Theme.SMALLEST_TEXT,
                Math.min(theme.hookSize() * 0.9, stage.getHeight() / lines / 1.9 / context.height()));
        double widest = 0;
        for (String text : headerTexts) {
            header.add(context.line(text, size, true));
        }
        for (List<String> row : rowTexts) {
            List<ShapedText> shaped = new ArrayList<>();
            for (String text : row) {
                shaped.add(context.line(text, size, false));
            }
            rows.add(shaped);
        }
        for (ShapedText text : header) {
            widest = Math.max(widest, text.width());
        }
        for (List<ShapedText> row : rows) {
            for (ShapedText text : row) {
                widest = Math.max(widest, text.width());
            }
        }
        this.columnWidth = Math.min(stage.getWidth() / 2, widest + size * context.height() * 2);
        this.rowHeight = size * context.height() * 1.9;
        double height = rowHeight * lines;
        this.box = new Rectangle2D.Double(stage.getCenterX() - columnWidth, stage.getCenterY() - height / 2,
                2 * columnWidth, height);
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        Theme theme = context.theme();
        double p = state.progress();
        canvas.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), rowHeight, 16, 16),
                Theme.mix(theme.panel(), theme.accent(), 0.15), 1);
        for (int c = 0; c < 2; c++) {
            canvas.textCentered(header.get(c), box.getX() + (c + 0.5) * columnWidth, box.getY() + rowHeight / 2,
                    theme.accent(), 1, null);
        }
        for (int r = 0; r < rows.size(); r++) {
            double from = 0.1 + 0.7 * r / rows.size();
            double appear = Easing.out(Easing.span(p, from, from + 0.12));
            double top = box.getY() + (r + 1) * rowHeight;
            Canvas row = canvas.faded(appear);
            for (int c = 0; c < 2; c++) {
                ShapedText text = rows.get(r).get(c);
                double ty = top + rowHeight / 2 + (1 - appear) * rowHeight * 0.3;
                row.textCentered(text, box.getX() + (c + 0.5) * columnWidth, ty, theme.text(), 1, null);
            }
            canvas.stroke(new Line2D.Double(box.getX(), top, box.getMaxX(), top), theme.gridLine(), 2, appear);
        }
        canvas.stroke(new Line2D.Double(box.getCenterX(), box.getY() + rowHeight * 0.15, box.getCenterX(),
                box.getMaxY() - rowHeight * 0.15), theme.gridLine(), 2, 1);
        canvas.block(box, "table", 1);
    }
}
