package convreel.paint;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The fonts every frame is drawn with, loaded from the project's {@code fonts/} folder (packed into
 * the jar), never from the operating system, so frames look the same on every machine.
 *
 * <p>Fonts are read in place from a file: from {@code fonts/} on the class path when it is a folder
 * (a build, the tests), or from the folder the system property {@value #FOLDER_PROPERTY} names (the
 * {@code convreel} launcher passes the checkout's {@code fonts/}). Only a jar run without it reads them
 * from the jar, which makes Java copy each to the temporary folder first; if that folder is full, the
 * failure says so in words.
 */
public final class Typefaces {
    /** The system property naming a folder that holds the bundled fonts. */
    public static final String FOLDER_PROPERTY = "convreel.fonts";

    private static Typefaces bundled;

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

    /**
     * Noto Sans Bengali for Bangla, Noto Sans for Latin text and digits. Loaded on first use, not in a
     * static initialiser, so a font that cannot be read is an ordinary exception with a message.
     */
    public static synchronized Typefaces bundled() {
        if (bundled == null) {
            bundled = new Typefaces(load("NotoSansBengali-Regular.ttf"), load("NotoSansBengali-Bold.ttf"),
                    load("NotoSans-Regular.ttf"), load("NotoSans-Bold.ttf"));
        }
        return bundled;
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
        URL resource = Typefaces.class.getResource("/fonts/" + file);
        if (resource == null) {
            throw new IllegalStateException("font " + file + " is missing from the fonts/ folder");
        }
        try {
            Optional<Path> inPlace = fileOf(file, resource);
            if (inPlace.isPresent()) {
                return Font.createFont(Font.TRUETYPE_FONT, inPlace.get().toFile());
            }
            try (InputStream in = resource.openStream()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file + ": Java copies a font from inside a jar to the "
                        + "temporary folder (" + System.getProperty("java.io.tmpdir") + ") first, and that failed ("
                        + e.getMessage() + "); free some space there, or set -D" + FOLDER_PROPERTY + "=<the fonts/ folder>", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is not a TrueType font", e);
        }
    }

    /** The font as a file that can be read in place, if there is one. */
    private static Optional<Path> fileOf(String file, URL resource) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder != null && Files.isRegularFile(Path.of(folder, file))) {
            return Optional.of(Path.of(folder, file));
        }
        if ("file".equals(resource.getProtocol())) {
            try {
                return Optional.of(Path.of(resource.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
