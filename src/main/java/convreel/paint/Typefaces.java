package convreel.paint;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every frame is drawn with, loaded from the project's {@code fonts/} folder (packed into
 * the jar), never from the operating system, so frames look the same on every machine.
 */
public final class Typefaces {
    private static final Typefaces BUNDLED = new Typefaces(
            load("NotoSansBengali-Regular.ttf"), load("NotoSansBengali-Bold.ttf"),
            load("NotoSans-Regular.ttf"), load("NotoSans-Bold.ttf"));

    private final Font bengali;
    private final Font bengaliBold;
    private final Font latin;
    private final Font latinBold;

    private Typefaces(Font bengali, Font bengaliBold, Font latin, Font latinBold) {
        this.bengali = bengali;
        this.bengaliBold = bengaliBold;
        this.latin = latin;
        this.latinBold = latinBold;
    }

    /** Noto Sans Bengali for Bangla, Noto Sans for Latin text and digits. */
    public static Typefaces bundled() {
        return BUNDLED;
    }

    /** The Bangla face, at 1 pt; derive sizes from it. */
    public Font bengali(boolean bold) {
        return bold ? bengaliBold : bengali;
    }

    /** The Latin face, at 1 pt; derive sizes from it. */
    public Font latin(boolean bold) {
        return bold ? latinBold : latin;
    }

    private static Font load(String file) {
        try (InputStream in = Typefaces.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the fonts/ folder");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is not a TrueType font", e);
        }
    }
}
