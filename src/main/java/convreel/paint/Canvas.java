package convreel.paint;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import convreel.timeline.Actor;

/**
 * A frame being painted: the {@link Graphics2D} it draws on, the opacity everything is drawn with,
 * and, when a layout check asks for it, a record of every text and every block drawn, with where it
 * went. A measuring canvas keeps the record and draws nothing.
 *
 * <p>While one beat takes over from another, a canvas also knows the {@link Casting}: what a picture
 * draws through {@link #actor} for an actor both beats show is drawn at full strength, moved from
 * where the old beat had it, while the rest of the picture fades; the old picture's copy of it is
 * not drawn at all.
 */
public final class Canvas {
    private final Graphics2D g;
    /** The picture's own opacity: things it fades in and out itself. */
    private final double opacity;
    /** The transition's opacity for what is not a shared actor. */
    private final double veil;
    private final List<Element> record;
    private final Casting casting;
    /** The actor drawn through this canvas, or {@code null}. */
    private final Actor actor;
    /** Applied to everything drawn, or {@code null}: an actor moving into its new place. */
    private final AffineTransform transform;

    private Canvas(Graphics2D g, double opacity, double veil, List<Element> record, Casting casting, Actor actor,
            AffineTransform transform) {
        this.g = g;
        this.opacity = opacity;
        this.veil = veil;
        this.record = record;
        this.casting = casting;
        this.actor = actor;
        this.transform = transform;
    }

    /** A canvas that only draws. */
    public static Canvas on(Graphics2D g) {
        prepare(g);
        return new Canvas(g, 1, 1, null, null, null, null);
    }

    /** A canvas that draws and also lists what it drew, for layout checks. */
    public static Canvas recording(Graphics2D g) {
        prepare(g);
        return new Canvas(g, 1, 1, new ArrayList<>(), null, null, null);
    }

    /** This canvas drawing through {@code casting}, what is not a shared actor at {@code veil}. */
    Canvas casting(Casting casting, double veil) {
        return new Canvas(g, opacity, veil, record, casting, null, null);
    }

    /** This canvas without its record: a second pass over the same frame is not listed twice. */
    Canvas unrecorded() {
        return new Canvas(g, opacity, veil, null, casting, actor, transform);
    }

    /**
     * The canvas to draw {@code actor} on: this one, unless a beat is taking over from another
     * that shows the same actor. Then the new picture's actor is drawn in full, moved from its old
     * place, and the old picture's is not drawn.
     */
    public Canvas actor(Actor actor) {
        if (casting == null || !casting.shares(actor)) {
            return new Canvas(g, opacity, veil, record, casting, actor, transform);
        }
        if (casting.leaving()) {
            return new Canvas(g, opacity, 0, record, casting, actor, casting.morph(actor));
        }
        return new Canvas(g, opacity, 1, record, casting, actor, casting.morph(actor));
    }

    /**
     * What cell (row, col) of this canvas's actor showed when the previous beat ended, if this canvas
     * draws a shared actor while a beat takes over; {@code null} otherwise.
     */
    String before(int row, int col) {
        return casting == null || actor == null ? null : casting.before(actor, row, col);
    }

    /**
     * The canvas for this canvas's actor's {@code slot} label ({@code "label"}, {@code "footnote"})
     * reading {@code text}: while a beat takes over, a label the two beats write alike stays as it
     * is, and one they write differently dips, the old one out with its actor, then the new one in.
     */
    Canvas label(String slot, String text, double alpha) {
        if (casting == null || actor == null) {
            return this;
        }
        if (visible(alpha)) {
            casting.logLabel(actor, slot, text);
        }
        if (!casting.shares(actor) || text.equals(casting.label(actor, slot))) {
            return this;
        }
        return new Canvas(g, opacity, casting.labelAlpha(), record, casting, actor, transform);
    }

    /** How far the change of beat has come, 1 when there is none. */
    double change() {
        return casting == null ? 1 : casting.progress();
    }

    /** Notes that cell (row, col) of this canvas's actor shows {@code text}, when the casting keeps a log. */
    void shows(int row, int col, String text, double alpha) {
        if (casting != null && actor != null && visible(alpha)) {
            casting.log(actor, row, col, text);
        }
    }

    /** A canvas that draws nothing and lists what it would have drawn: a layout check without pixels. */
    public static Canvas measuring() {
        return new Canvas(null, 1, 1, new ArrayList<>(), null, null, null);
    }

    private static void prepare(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
    }

    /** This canvas with everything drawn {@code alpha} times as opaque. */
    public Canvas faded(double alpha) {
        return new Canvas(g, opacity * clamp(alpha), veil, record, casting, actor, transform);
    }

    public double opacity() {
        return opacity * veil;
    }

    /** What was drawn so far, if this canvas records; empty otherwise. */
    public List<Element> elements() {
        return record == null ? List.of() : Collections.unmodifiableList(record);
    }

    public void fill(Shape shape, Color color, double alpha) {
        if (draws() && visible(alpha)) {
            g.setColor(Theme.fade(color, opacity() * alpha));
            AffineTransform saved = moved();
            g.fill(shape);
            restore(saved);
        }
    }

    public void stroke(Shape shape, Color color, float width, double alpha) {
        if (draws() && visible(alpha)) {
            BasicStroke stroke = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            // Setting a stroke makes Java2D choose its drawing pipeline again; skip it when nothing changes.
            if (!stroke.equals(g.getStroke())) {
                g.setStroke(stroke);
            }
            g.setColor(Theme.fade(color, opacity() * alpha));
            AffineTransform saved = moved();
            g.draw(shape);
            restore(saved);
        }
    }

    /**
     * Draws {@code image} placed by {@code where} (from the image's pixels to the canvas), inside
     * {@code clip}; {@code pixelated} draws each pixel as a sharp square, as when the camera is so close
     * that the pixels are cells. The clip is one block in the layout record, unless {@code role} is
     * null: part of a block recorded on its own. The image is asked for only by a canvas that draws:
     * the layout check's measuring canvas needs where it goes, not its pixels.
     */
    public void image(Supplier<BufferedImage> image, AffineTransform where, Rectangle2D clip, boolean pixelated, double alpha,
            String role) {
        if (draws() && visible(alpha)) {
            AffineTransform saved = moved();
            Shape clipped = g.getClip();
            Composite composite = g.getComposite();
            g.clip(clip);
            float opaque = (float) (opacity() * alpha);
            if (opaque < 1) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opaque));
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, pixelated
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image.get(), where, null);
            g.setComposite(composite);
            g.setClip(clipped);
            restore(saved);
        }
        if (role != null) {
            block(clip, role, alpha);
        }
    }

    /** Applies this canvas's transform, returning the one to restore, or {@code null} if there is none. */
    private AffineTransform moved() {
        if (transform == null) {
            return null;
        }
        AffineTransform saved = g.getTransform();
        g.transform(transform);
        return saved;
    }

    private void restore(AffineTransform saved) {
        if (saved != null) {
            g.setTransform(saved);
        }
    }

    private Rectangle2D placed(Rectangle2D box) {
        return transform == null ? box : transform.createTransformedShape(box).getBounds2D();
    }

    /**
     * Draws a text block with its top-left corner at ({@code left}, {@code top}), lines aligned
     * within {@code boxWidth}. {@code role} names it in the layout record; a text drawn inside a
     * block that is recorded as a whole (a number in a grid cell) passes {@code null} and is
     * checked only for its size.
     */
    public void text(ShapedText text, float left, float top, float boxWidth, ShapedText.Align align, Color color,
            double alpha, String role) {
        text(text, left, top, boxWidth, align, color, alpha, role, 1);
    }

    /**
     * Draws a text block as {@link #text(ShapedText, float, float, float, ShapedText.Align, Color, double, String)}
     * does, its first {@code shown} share of words only (see {@link ShapedText#drawRevealed}); the
     * layout record holds the whole block, as the text ends up.
     */
    public void text(ShapedText text, float left, float top, float boxWidth, ShapedText.Align align, Color color,
            double alpha, String role, double shown) {
        if (!visible(alpha)) {
            return;
        }
        if (draws() && shown > 0) {
            Color faded = Theme.fade(color, opacity() * alpha);
            AffineTransform saved = moved();
            if (shown >= 1) {
                g.setColor(faded);
                text.draw(g, left, top, boxWidth, align);
            } else {
                text.drawRevealed(g, left, top, boxWidth, align, shown, faded);
            }
            restore(saved);
        }
        note(text, left, top, boxWidth, align, role);
    }

    /**
     * Draws a text block as {@link #text(ShapedText, float, float, float, ShapedText.Align, Color, double, String)}
     * does, with its word {@code spoken} (from 0, in reading order) in {@code highlight}.
     */
    public void text(ShapedText text, float left, float top, float boxWidth, ShapedText.Align align, Color color,
            Color highlight, int spoken, double alpha, String role) {
        if (!visible(alpha)) {
            return;
        }
        if (draws()) {
            AffineTransform saved = moved();
            g.setColor(Theme.fade(color, opacity() * alpha));
            text.draw(g, left, top, boxWidth, align);
            text.drawWord(g, left, top, boxWidth, align, spoken, Theme.fade(highlight, opacity() * alpha));
            restore(saved);
        }
        note(text, left, top, boxWidth, align, role);
    }

    /** Lists a text block drawn at ({@code left}, {@code top}) in the layout record, if this canvas keeps one. */
    private void note(ShapedText text, float left, float top, float boxWidth, ShapedText.Align align, String role) {
        if (record != null) {
            float x = left + align.offset(boxWidth, text.width());
            float scale = transform == null ? 1 : (float) Math.sqrt(Math.abs(transform.getDeterminant()));
            record.add(new Element(role, placed(new Rectangle2D.Float(x, top, text.width(), text.height())),
                    text.size() * scale, text.text()));
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
            record.add(new Element(role, placed(box), 0, null));
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
        return opacity() * alpha > 0.004;
    }

    private static double clamp(double alpha) {
        return alpha < 0 ? 0 : alpha > 1 ? 1 : alpha;
    }

    /**
     * One thing drawn: what it is ({@code null} for text inside a recorded block), where it went,
     * and for text its size in pixels (0 for blocks) and what it says ({@code null} for blocks).
     */
    public record Element(String role, Rectangle2D box, float textSize, String text) {
    }
}
