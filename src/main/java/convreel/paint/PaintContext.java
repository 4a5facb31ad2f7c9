package convreel.paint;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import java.awt.geom.Rectangle2D;

/**
 * What every beat's picture is drawn with: the scene and its computed maps, the theme, the text
 * shaper, how numbers are written, and the frame's geometry.
 *
 * @param safe    the title-safe area, 5% in from every edge: nothing is drawn outside it
 * @param stage   the part of the safe area above the caption band, where a beat's picture goes
 * @param caption the band the Bangla caption is wrapped into
 */
public record PaintContext(
        Scene scene,
        SceneComputation computation,
        Theme theme,
        TextShaper shaper,
        Numbers numbers,
        int width,
        int height,
        Rectangle2D safe,
        Rectangle2D stage,
        Rectangle2D caption) {

    public static PaintContext of(Scene scene, SceneComputation computation, Theme theme, TextShaper shaper,
            int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.9, height * 0.9);
        double captionTop = height * 0.77;
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), captionTop, safe.getWidth(), safe.getMaxY() - captionTop);
        Rectangle2D stage = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(),
                captionTop - height * 0.03 - safe.getY());
        return new PaintContext(scene, computation, theme, shaper, new Numbers(scene.numerals()), width, height,
                safe, stage, caption);
    }

    /** A text style whose size is {@code shareOfHeight} of the frame height. */
    public TextStyle style(float shareOfHeight, boolean bold) {
        return new TextStyle(shareOfHeight * height, bold);
    }

    /** Shapes one line at a share of the frame height. */
    public ShapedText line(String text, float shareOfHeight, boolean bold) {
        return shaper.line(text, style(shareOfHeight, bold));
    }

    /** The smallest text allowed anywhere, in pixels. */
    public float smallestText() {
        return Theme.SMALLEST_TEXT * height;
    }

    /**
     * {@code text} on one line at the theme's {@code shareOfHeight}, or smaller so it fits
     * {@code room} pixels, but never below the smallest readable size.
     */
    public ShapedText fitted(String text, float shareOfHeight, boolean bold, double room) {
        ShapedText shaped = line(text, shareOfHeight, bold);
        if (shaped.width() <= room) {
            return shaped;
        }
        float share = (float) Math.max(Theme.SMALLEST_TEXT, shareOfHeight * room / shaped.width());
        return line(text, share, bold);
    }
}
