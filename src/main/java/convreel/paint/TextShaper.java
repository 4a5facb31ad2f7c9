package convreel.paint;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shapes text with {@link TextLayout} and remembers the result, so each caption, label and number is
 * shaped once per render rather than once per frame. Every run of text gets the font of its script:
 * Bangla in Noto Sans Bengali, Latin letters and digits in Noto Sans (so "CNN-এর" draws both halves
 * with real glyphs), and neutral characters such as spaces and punctuation stay with their neighbour.
 *
 * <p>Layouts carry no colour: they draw with the {@link java.awt.Graphics2D}'s current paint, so one
 * cached layout serves every colour and opacity it is shown in.
 *
 * <p>All layouts share one antialiased, fractional-metrics {@link FontRenderContext}, so a layout
 * measures and draws the same on a raster image and on an SVG canvas.
 */
public final class TextShaper {
    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Typefaces typefaces;
    private final Map<Key, ShapedText> cache = new ConcurrentHashMap<>();

    public TextShaper(Typefaces typefaces) {
        this.typefaces = Objects.requireNonNull(typefaces);
    }

    private record Key(String text, float size, boolean bold, float wrapWidth) {
    }

    /** One line, never wrapped. */
    public ShapedText line(String text, TextStyle style) {
        return shape(text, style, Float.POSITIVE_INFINITY);
    }

    /** One line, never wrapped. */
    public ShapedText line(String text, float size, boolean bold) {
        return line(text, new TextStyle(size, bold));
    }

    /** Wrapped at word boundaries so no line is wider than {@code wrapWidth} pixels. */
    public ShapedText wrapped(String text, TextStyle style, float wrapWidth) {
        return shape(text, style, wrapWidth);
    }

    private ShapedText shape(String text, TextStyle style, float wrapWidth) {
        return cache.computeIfAbsent(new Key(text, style.size(), style.bold(), wrapWidth),
                key -> layout(key.text(), style, wrapWidth));
    }

    private ShapedText layout(String text, TextStyle style, float wrapWidth) {
        float lineHeight = style.size() * 1.45f;
        List<TextLayout> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                lines.add(new TextLayout(" ", typefaces.latin(style.bold()).deriveFont(style.size()), CONTEXT));
                continue;
            }
            AttributedCharacterIterator chars = attributed(paragraph, style).getIterator();
            if (Float.isInfinite(wrapWidth)) {
                lines.add(new TextLayout(chars, CONTEXT));
                continue;
            }
            LineBreakMeasurer measurer = new LineBreakMeasurer(chars, CONTEXT);
            while (measurer.getPosition() < paragraph.length()) {
                lines.add(measurer.nextLayout(wrapWidth));
            }
        }
        LineMetrics metrics = typefaces.latin(style.bold()).deriveFont(style.size()).getLineMetrics("0", CONTEXT);
        float baseline = (lineHeight - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        return new ShapedText(text, lines, style.size(), lineHeight, baseline);
    }

    /** The text with a font set on every run, chosen by the script of its characters. */
    AttributedString attributed(String text, TextStyle style) {
        Font bengali = typefaces.bengali(style.bold()).deriveFont(style.size());
        Font latin = typefaces.latin(style.bold()).deriveFont(style.size());
        AttributedString attributed = new AttributedString(text);
        int runStart = 0;
        Font runFont = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Font font = fontFor(c, runFont, bengali, latin);
            if (!font.canDisplay(c) && !Character.isWhitespace(c) && c != '\u200C' && c != '\u200D') {
                throw new MissingGlyphException(text, missingGlyph(text, i));
            }
            if (font != runFont) {
                if (runFont != null) {
                    attributed.addAttribute(TextAttribute.FONT, runFont, runStart, i);
                }
                runFont = font;
                runStart = i;
            }
        }
        attributed.addAttribute(TextAttribute.FONT, runFont, runStart, text.length());
        return attributed;
    }

    /** Says which character of {@code text} neither font draws: on screen it would be an empty box. */
    private static String missingGlyph(String text, int index) {
        int codePoint = text.codePointAt(index);
        return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ") in \""
                + text + "\", a character convreel's fonts (Noto Sans, Noto Sans Bengali) do not have: it would show as an empty box";
    }

    private static Font fontFor(char c, Font previous, Font bengali, Font latin) {
        if (isBengali(c)) {
            return bengali;
        }
        if (Character.isLetterOrDigit(c)) {
            return latin.canDisplay(c) ? latin : bengali;
        }
        // Neutral: spaces, punctuation and signs keep the current run's font when it has the glyph.
        if (previous != null && previous.canDisplay(c)) {
            return previous;
        }
        return latin.canDisplay(c) ? latin : bengali;
    }

    private static boolean isBengali(char c) {
        return (c >= '\u0980' && c <= '\u09FF') || c == '\u0964' || c == '\u0965' || c == '\u200C' || c == '\u200D';
    }
}
