package convreel.paint;

import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Text shaped once by {@link TextLayout} (HarfBuzz), possibly wrapped into several lines, ready to be
 * drawn any number of times on any {@link Graphics2D}. Drawing goes through
 * {@link TextLayout#draw}, so Bangla vowel signs and conjuncts keep their shaped form on raster
 * images and become shaped outline paths in SVG.
 */
public final class ShapedText {
    private final String text;
    private final List<TextLayout> lines;
    private final float size;
    private final float lineHeight;
    private final float baseline;
    private final float width;

    /**
     * @param baseline distance from a line's top to its baseline; the same for every text of one
     *                 size, so a number in the Bangla font's minus sign sits on the same baseline as
     *                 its Latin neighbours
     */
    ShapedText(String text, List<TextLayout> lines, float size, float lineHeight, float baseline) {
        this.text = text;
        this.lines = List.copyOf(lines);
        this.size = size;
        this.lineHeight = lineHeight;
        this.baseline = baseline;
        float widest = 0;
        for (TextLayout line : lines) {
            widest = Math.max(widest, line.getVisibleAdvance());
        }
        this.width = widest;
    }

    /** The text as it was given, for the layout record. */
    public String text() {
        return text;
    }

    /** The widest line's ink-bearing width in pixels, without trailing spaces. */
    public float width() {
        return width;
    }

    /** How far the pen moves across the first line, trailing spaces included: for setting texts side by side. */
    public float advance() {
        return lines.get(0).getAdvance();
    }

    /** Distance from the first line's top to the last line's bottom. */
    public float height() {
        return lineHeight * lines.size();
    }

    /** The font size in pixels. */
    public float size() {
        return size;
    }

    /** Distance from one line's top to the next one's. */
    public float lineHeight() {
        return lineHeight;
    }

    public int lineCount() {
        return lines.size();
    }

    /** The shaped lines, for tests and measurements. */
    public List<TextLayout> lines() {
        return lines;
    }

    /**
     * Draws the block with its top edge at {@code top}; each line is placed horizontally by
     * {@code align} inside the span starting at {@code left} of width {@code boxWidth}.
     */
    public void draw(Graphics2D g, float left, float top, float boxWidth, Align align) {
        float y = top;
        for (TextLayout line : lines) {
            float x = left + align.offset(boxWidth, line.getVisibleAdvance());
            line.draw(g, x, y + baseline);
            y += lineHeight;
        }
    }

    /** Draws the block centred on the point ({@code cx}, {@code cy}). */
    public void drawCentered(Graphics2D g, float cx, float cy) {
        draw(g, cx - width / 2, cy - height() / 2, width, Align.CENTER);
    }

    /** The box {@link #drawCentered} fills. */
    public Rectangle2D boundsCentered(float cx, float cy) {
        return new Rectangle2D.Float(cx - width / 2, cy - height() / 2, width, height());
    }

    /** Horizontal placement of a line inside its box. */
    public enum Align {
        LEFT, CENTER, RIGHT;

        float offset(float boxWidth, float lineWidth) {
            return switch (this) {
                case LEFT -> 0;
                case CENTER -> (boxWidth - lineWidth) / 2;
                case RIGHT -> boxWidth - lineWidth;
            };
        }
    }
}
