package convreel.paint;

import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import java.util.function.IntToDoubleFunction;

/**
 * One line under each panel of a comparison (stride 1 beside stride 2, valid beside same) that says
 * what the panel shows: the rows of the table that follows the comparison, shown under the panels
 * they sum up instead of in a frame of their own. The comparison keeps room for them from its first
 * frame, so nothing moves when they appear.
 */
final class Takeaways {
    private final PaintContext context;
    private final List<ShapedText> lines;

    /** Takeaways for {@code texts}, one per panel; none if {@code texts} is empty. */
    Takeaways(PaintContext context, List<String> texts) {
        this.context = context;
        float size = context.theme().labelSize();
        this.lines = texts.stream().map(text -> context.line(text, size, true)).toList();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The room a takeaway takes under its panel, below the panel's own footnote; 0 without takeaways. */
    double room() {
        return lines.isEmpty() ? 0 : Grid.labelHeight(context) * 1.4;
    }

    /** Panel {@code i}'s takeaway as a footnote label for the layout, or none. */
    BlockFlow.Label label(int i, BlockFlow.Label footnote) {
        if (lines.isEmpty()) {
            return footnote;
        }
        double width = lines.get(i).width() + 2 * pad();
        return new BlockFlow.Label(Math.max(footnote.natural(), width), Math.max(footnote.least(), width));
    }

    /**
     * Draws each takeaway in the room under its panel ({@code panels}, one per takeaway, in order),
     * below the panel's footnote line, as far in as {@code shown} says (0 to 1).
     */
    void paintUnder(Canvas canvas, List<Rectangle2D> panels, IntToDoubleFunction shown) {
        for (int i = 0; i < lines.size(); i++) {
            Rectangle2D panel = panels.get(i);
            paint(canvas, i, panel.getCenterX(), panel.getMaxY() + Grid.labelHeight(context), shown);
        }
    }

    /** Takeaway {@code i} centred at {@code cx} in the room whose top is {@code top}: it rises a little into place as it fades in. */
    private void paint(Canvas canvas, int i, double cx, double top, IntToDoubleFunction shown) {
        double appear = shown.applyAsDouble(i);
        if (lines.isEmpty() || appear <= 0) {
            return;
        }
        Theme theme = context.theme();
        ShapedText line = lines.get(i);
        double pad = pad();
        double height = line.height() + pad;
        double y = top + (room() - height) / 2 + (1 - appear) * height * 0.3;
        Canvas faded = canvas.faded(appear);
        faded.fill(new RoundRectangle2D.Double(cx - line.width() / 2 - pad, y, line.width() + 2 * pad, height, pad, pad),
                Theme.mix(theme.panel(), theme.accent(), 0.15), 1);
        faded.textCentered(line, cx, y + height / 2, theme.text(), 1, "takeaway");
    }

    private double pad() {
        return lines.isEmpty() ? 0 : lines.get(0).size() * 0.35;
    }
}
