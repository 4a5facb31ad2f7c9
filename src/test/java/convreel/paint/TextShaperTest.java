package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.text.AttributedCharacterIterator;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Bangla must be shaped, not laid out one character at a time. The checks look at ink on a raster,
 * and each is shown to fail for per-character layout ({@link Font#createGlyphVector}), so they
 * cannot pass by accident.
 */
class TextShaperTest {
    private static final float SIZE = 80;
    private static final TextShaper SHAPER = new TextShaper(Typefaces.bundled());
    private static final Font BENGALI = Typefaces.bundled().bengali(false).deriveFont(SIZE);

    /** Our caption path: shaped by TextLayout, drawn with TextLayout.draw. */
    private static final BiConsumer<Graphics2D, String> SHAPED =
            (g, text) -> SHAPER.line(text, new TextStyle(SIZE, false)).draw(g, 20, 20, 1000, ShapedText.Align.LEFT);

    /** What Batik's text and Font.createGlyphVector do: one glyph per character, in logical order. */
    private static final BiConsumer<Graphics2D, String> PER_CHARACTER =
            (g, text) -> g.drawGlyphVector(BENGALI.createGlyphVector(g.getFontRenderContext(), text), 20, 20 + SIZE);

    @Test
    void vowelSignIOfKiIsDrawnLeftOfTheConsonant() {
        assertTrue(vowelSignIsLeftOfConsonant(SHAPED), "ি must be drawn before (left of) ক in কি");
    }

    @Test
    void conjunctKssaFormsOneGlyphNarrowerThanItsParts() {
        assertTrue(conjunctIsOneGlyph(SHAPED), "ক্ষ must form one conjunct, not ক + ্ + ষ side by side");
    }

    @Test
    void theChecksFailForPerCharacterLayout() {
        assertTrue(!vowelSignIsLeftOfConsonant(PER_CHARACTER), "per-character layout puts ি after ক");
        assertTrue(!conjunctIsOneGlyph(PER_CHARACTER), "per-character layout leaves ক্ষ in pieces");
    }

    @Test
    void latinRunsInsideBanglaGetTheLatinFont() {
        AttributedCharacterIterator chars = SHAPER.attributed("CNN-এর", new TextStyle(SIZE, false)).getIterator();
        assertEquals(Typefaces.bundled().latin(false).getFamily(), fontAt(chars, 0).getFamily());
        assertEquals(Typefaces.bundled().bengali(false).getFamily(), fontAt(chars, 4).getFamily());
        BufferedImage ink = draw(SHAPED, "CNN-এর");
        assertTrue(inkColumns(ink) > 150, "both halves of CNN-এর are drawn with real glyphs");
    }

    @Test
    void captionsWrapAtWordBoundariesInsideTheWidth() {
        String caption = "Kernel বাম থেকে ডানে যায়, তারপর নিচে নামে—পুরো ছবি কভার করে।";
        ShapedText wrapped = SHAPER.wrapped(caption, new TextStyle(50, false), 600);
        assertTrue(wrapped.lineCount() >= 2, "a long caption wraps");
        for (var line : wrapped.lines()) {
            assertTrue(line.getVisibleAdvance() <= 600, "no line is wider than the wrap width");
        }
        int total = wrapped.lines().stream().mapToInt(l -> l.getCharacterCount()).sum();
        assertEquals(caption.length(), total, "no characters lost in wrapping");
        int firstBreak = wrapped.lines().get(0).getCharacterCount();
        char before = caption.charAt(firstBreak - 1);
        assertTrue(Character.isWhitespace(before) || before == ',', "the first line ends at a word boundary, not inside a word");
    }

    @Test
    void layoutsAreShapedOnceAndReused() {
        TextStyle style = new TextStyle(40, false);
        assertTrue(SHAPER.line("Feature Map-এর", style) == SHAPER.line("Feature Map-এর", style));
    }

    /**
     * Draws ক alone and কি, and finds where ক's ink best matches inside কি. Shaped, the vowel sign
     * comes first, so ক sits to the right; laid out per character, ক stays where it was.
     */
    private static boolean vowelSignIsLeftOfConsonant(BiConsumer<Graphics2D, String> drawer) {
        BufferedImage ka = draw(drawer, "ক");
        BufferedImage ki = draw(drawer, "কি");
        int kaWidth = inkRight(ka) - inkLeft(ka);
        int shift = bestShift(ka, ki);
        return shift > kaWidth / 4;
    }

    /** Shaped, ক্ষ is one glyph, narrower than ক and ষ side by side. */
    private static boolean conjunctIsOneGlyph(BiConsumer<Graphics2D, String> drawer) {
        int conjunct = inkColumns(draw(drawer, "ক্ষ"));
        int parts = inkColumns(draw(drawer, "ক")) + inkColumns(draw(drawer, "ষ"));
        return conjunct < parts * 0.8;
    }

    private static BufferedImage draw(BiConsumer<Graphics2D, String> drawer, String text) {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setColor(Color.WHITE);
        drawer.accept(g, text);
        g.dispose();
        return image;
    }

    /** The horizontal shift at which {@code part}'s ink overlaps {@code whole}'s the most. */
    private static int bestShift(BufferedImage part, BufferedImage whole) {
        int best = 0;
        long bestScore = Long.MIN_VALUE;
        for (int dx = 0; dx < 200; dx++) {
            long score = 0;
            for (int y = 0; y < part.getHeight(); y++) {
                for (int x = 0; x + dx < whole.getWidth(); x++) {
                    boolean a = ink(part, x, y);
                    boolean b = ink(whole, x + dx, y);
                    score += a && b ? 1 : a ? -1 : 0;
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = dx;
            }
        }
        return best;
    }

    private static int inkColumns(BufferedImage image) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (ink(image, x, y)) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    private static int inkLeft(BufferedImage image) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (ink(image, x, y)) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static int inkRight(BufferedImage image) {
        for (int x = image.getWidth() - 1; x >= 0; x--) {
            for (int y = 0; y < image.getHeight(); y++) {
                if (ink(image, x, y)) {
                    return x;
                }
            }
        }
        return -1;
    }

    private static boolean ink(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFF) > 128;
    }

    private static Font fontAt(AttributedCharacterIterator chars, int index) {
        chars.setIndex(index);
        return (Font) chars.getAttribute(TextAttribute.FONT);
    }

    /** Unicode's rule (UAX #14): a line may break after a dari, never before it; the JDK's own breaks allow both. */
    @Test
    void aWrappedLineNeverStartsWithADari() {
        String caption = "প্যাটার্নগুলো ধরতে পারে। Convolution এই লোকাল প্যাটার্নগুলো ধরতে পারে॥ শেষ।";
        // From the widest word with its dari: narrower, a line breaks inside a word wherever it must.
        float widest = 0;
        for (String word : caption.split(" ")) {
            widest = Math.max(widest, SHAPER.line(word, new TextStyle(SIZE, false)).width());
        }
        int broken = 0;
        for (float width = widest + 1; width < 2600; width += 7) {
            ShapedText wrapped = SHAPER.wrapped(caption, new TextStyle(SIZE, false), width);
            int start = 0;
            for (java.awt.font.TextLayout line : wrapped.lines()) {
                char first = caption.charAt(start);
                assertTrue(first != '\u0964' && first != '\u0965',
                        "a line starts with a dari at width " + width + ": \"" + caption.substring(start) + "\"");
                start += line.getCharacterCount();
            }
            assertEquals(caption.length(), start, "the lines hold the whole caption");
            broken += wrapped.lineCount() > 1 ? 1 : 0;
        }
        assertTrue(broken > 50, "most widths wrap the caption: " + broken);
        String dariAtTheEdge = "প্যাটার্নগুলো ধরতে পারে।";
        float withoutDari = SHAPER.line("প্যাটার্নগুলো ধরতে পারে", new TextStyle(SIZE, false)).width();
        ShapedText held = SHAPER.wrapped(dariAtTheEdge, new TextStyle(SIZE, false), withoutDari + 1);
        assertEquals(List.of("প্যাটার্নগুলো ধরতে ", "পারে।"), lineTexts(dariAtTheEdge, held),
                "the word goes to the next line with its dari, rather than the dari alone");
    }

    private static List<String> lineTexts(String text, ShapedText shaped) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (java.awt.font.TextLayout line : shaped.lines()) {
            lines.add(text.substring(start, start + line.getCharacterCount()));
            start += line.getCharacterCount();
        }
        return lines;
    }
}
