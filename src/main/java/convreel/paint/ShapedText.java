package convreel.paint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextHitInfo;
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
    /** See {@link #wordEnds()}; measured on first use, as only captions are revealed. */
    private volatile float[][] wordEnds;

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

    /**
     * Draws the block as {@link #draw} does, but only its first {@code shown} share of words, in
     * reading order: the words before that in {@code color}, the one being revealed fading in, the
     * rest not yet. Each word is cut from its line in the space before the next, so no glyph is cut.
     */
    public void drawRevealed(Graphics2D g, float left, float top, float boxWidth, Align align, double shown, Color color) {
        float[][] ends = wordEnds();
        int words = 0;
        for (float[] line : ends) {
            words += line.length;
        }
        double visible = Math.max(0, Math.min(1, shown)) * words;
        Shape clip = g.getClip();
        float y = top;
        int before = 0;
        for (int l = 0; l < lines.size(); l++) {
            TextLayout line = lines.get(l);
            float x = left + align.offset(boxWidth, line.getVisibleAdvance());
            float[] lineEnds = ends[l];
            int whole = (int) Math.max(0, Math.min(lineEnds.length, Math.floor(visible - before)));
            // The words shown in full, then the one appearing at its share of the colour's opacity.
            if (whole > 0) {
                drawPart(g, line, x, y, Float.NEGATIVE_INFINITY, whole == lineEnds.length ? Float.POSITIVE_INFINITY
                        : x + lineEnds[whole - 1], color, clip);
            }
            double appearing = visible - before - whole;
            if (whole < lineEnds.length && appearing > 0) {
                float from = whole == 0 ? Float.NEGATIVE_INFINITY : x + lineEnds[whole - 1];
                float to = whole == lineEnds.length - 1 ? Float.POSITIVE_INFINITY : x + lineEnds[whole];
                drawPart(g, line, x, y, from, to, Theme.fade(color, appearing), clip);
            }
            before += lineEnds.length;
            y += lineHeight;
        }
        g.setClip(clip);
    }

    /**
     * Draws word {@code word} (from 0, in reading order over all lines) of the block laid out as
     * {@link #draw} lays it out, and nothing else: laid over the whole block in another colour, it
     * marks that word. The word is cut from its line in the spaces around it, so no glyph is cut.
     */
    public void drawWord(Graphics2D g, float left, float top, float boxWidth, Align align, int word, Color color) {
        float[][] ends = wordEnds();
        Shape clip = g.getClip();
        float y = top;
        int before = 0;
        for (int l = 0; l < lines.size(); l++) {
            TextLayout line = lines.get(l);
            float[] lineEnds = ends[l];
            int at = word - before;
            if (at >= 0 && at < lineEnds.length) {
                float x = left + align.offset(boxWidth, line.getVisibleAdvance());
                float from = at == 0 ? Float.NEGATIVE_INFINITY : x + lineEnds[at - 1];
                float to = at == lineEnds.length - 1 ? Float.POSITIVE_INFINITY : x + lineEnds[at];
                drawPart(g, line, x, y, from, to, color, clip);
            }
            before += lineEnds.length;
            y += lineHeight;
        }
        g.setClip(clip);
    }

    private void drawPart(Graphics2D g, TextLayout line, float x, float y, float from, float to, Color color, Shape clip) {
        g.setClip(clip);
        float left = Float.isInfinite(from) ? x - size * 2 : from;
        float right = Float.isInfinite(to) ? x + line.getAdvance() + size * 2 : to;
        g.clip(new Rectangle2D.Float(left, y - lineHeight, right - left, lineHeight * 3));
        g.setColor(color);
        line.draw(g, x, y + baseline);
    }

    /**
     * Per line, where each word ends: the pen's distance from the line's start to the next word's
     * first character (the last word ends at the line's end). Measured once, on first use.
     */
    private float[][] wordEnds() {
        float[][] ends = wordEnds;
        if (ends == null) {
            ends = new float[lines.size()][];
            int start = 0;
            for (int l = 0; l < lines.size(); l++) {
                TextLayout line = lines.get(l);
                int count = line.getCharacterCount();
                java.util.List<Float> found = new java.util.ArrayList<>();
                for (int i = 1; i < count; i++) {
                    if (text.charAt(start + i - 1) == ' ' && text.charAt(start + i) != ' ') {
                        found.add(line.getCaretInfo(TextHitInfo.leading(i))[0]);
                    }
                }
                found.add(line.getAdvance());
                ends[l] = new float[found.size()];
                for (int i = 0; i < found.size(); i++) {
                    ends[l][i] = found.get(i);
                }
                start += count;
            }
            wordEnds = ends;
        }
        return ends;
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
