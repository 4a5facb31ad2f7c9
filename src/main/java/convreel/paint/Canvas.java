package convreel.paint;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A frame being painted: the {@link Graphics2D} it draws on, the opacity everything is drawn with
 * (beats fade in and out as a whole), and, when a layout check asks for it, a record of every text
 * and every block drawn, with where it went. A measuring canvas keeps the record and draws nothing.
 */
public final class Canvas {
    private final Graphics2D g;
    private final double opacity;
    private final List<Element> record;

    private Canvas(Graphics2D g, double opacity, List<Element> record) {
        this.g = g;
        this.opacity = opacity;
        this.record = record;
    }

    /** A canvas that only draws. */
    public static Canvas on(Graphics2D g) {
        prepare(g);
        return new Canvas(g, 1, null);
    }

    /** A canvas that draws and also lists what it drew, for layout checks. */
    public static Canvas recording(Graphics2D g) {
        prepare(g);
        return new Canvas(g, 1, new ArrayList<>());
    }

    /** A canvas that draws nothing and lists what it would have drawn: a layout check without pixels. */
    public static Canvas measuring() {
        return new Canvas(null, 1, new ArrayList<>());
    }

    private static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
    }

    /** This canvas with everything drawn {@code alpha} times as opaque. */
    public Canvas faded(double alpha) {
        return new Canvas(g, opacity * clamp(alpha), record);
    }

    public double opacity() {
        return opacity;
    }

    /** What was drawn so far, if this canvas records; empty otherwise. */
    public List<Element> elements() {
        return record == null ? List.of() : Collections.unmodifiableList(record);
    }

    public void fill(Shape shape, Color color, double alpha) {
        if (draws() && visible(alpha)) {
            g.setColor(Theme.fade(color, opacity * alpha));
            g.fill(shape);
        }
    }

    public void stroke(Shape shape, Color color, float width, double alpha) {
        if (draws() && visible(alpha)) {
            g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(Theme.fade(color, opacity * alpha));
            g.draw(shape);
        }
    }

    /**
     * Draws a text block with its top-left corner at ({@code left}, {@code top}), lines aligned
     * within {@code boxWidth}. {@code role} names it in the layout record; a text drawn inside a
     * block that is recorded as a whole (a number in a grid cell) passes {@code null} and is
     * checked only for its size.
     */
    public void text(ShapedText text, float left, float top, float boxWidth, ShapedText.Align align, Color color,
            double alpha, String role) {
        if (!visible(alpha)) {
            return;
        }
        if (draws()) {
            g.setColor(Theme.fade(color, opacity * alpha));
            text.draw(g, left, top, boxWidth, align);
        }
        if (record != null) {
            float x = left + align.offset(boxWidth, text.width());
            record.add(new Element(role, new Rectangle2D.Float(x, top, text.width(), text.height()), text.size()));
        }
    }

    /** Draws a text block centred on ({@code cx}, {@code cy}). */
    public void textCentered(ShapedText text, double cx, double cy, Color color, double alpha, String role) {
        text(text, (float) (cx - text.width() / 2), (float) (cy - text.height() / 2), text.width(),
                ShapedText.Align.CENTER, color, alpha, role);
    }

    /** Notes a block (a grid, a panel) in the layout record; it draws nothing. */
    public void block(Rectangle2D box, String role, double alpha) {
        if (record != null && visible(alpha)) {
            record.add(new Element(role, box, 0));
        }
    }

    /** Whether this canvas draws; a measuring one only records. */
    public boolean draws() {
        return g != null;
    }

    /** What it draws on; null for a measuring canvas. */
    public Graphics2D graphics() {
        return g;
    }

    private boolean visible(double alpha) {
        return opacity * alpha > 0.004;
    }

    private static double clamp(double alpha) {
        return alpha < 0 ? 0 : alpha > 1 ? 1 : alpha;
    }

    /**
     * One thing drawn: what it is ({@code null} for text inside a recorded block), where it went,
     * and for text its size in pixels (0 for blocks).
     */
    public record Element(String role, Rectangle2D box, float textSize) {
    }
}
