package convreel.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Golden frames: pictures checked into {@code src/test/resources/golden/} that a painted frame must
 * match. Run with {@code -Dconvreel.golden.update=true} to rewrite them on purpose after a deliberate
 * change of look; a failing comparison writes the actual picture and a difference map under
 * {@code target/golden/} to look at.
 *
 * <p>Tolerance: the mean difference of every channel at most {@value #MEAN_TOLERANCE} levels of 255
 * and a PSNR of at least {@value #PSNR_TOLERANCE} dB, which absorbs antialiasing differences between
 * JDK builds but not a moved box, a changed colour or a different number.
 */
public final class Golden {
    public static final double MEAN_TOLERANCE = 0.6;
    public static final double PSNR_TOLERANCE = 38;
    /** Where the golden frames are, one {@code <name>.png} each. */
    public static final Path FOLDER = Path.of("src/test/resources/golden");
    private static final Path FAILURES = Path.of("target/golden");

    private Golden() {
    }

    public static void assertMatches(String name, BufferedImage actual) throws IOException {
        Path file = FOLDER.resolve(name + ".png");
        if (Boolean.getBoolean("convreel.golden.update") || !Files.exists(file)) {
            Files.createDirectories(FOLDER);
            ImageIO.write(actual, "png", file.toFile());
            if (!Boolean.getBoolean("convreel.golden.update")) {
                throw new AssertionError("no golden frame " + file + " yet: wrote it from this run; look at it, commit it, run again");
            }
            return;
        }
        BufferedImage expected = ImageIO.read(file.toFile());
        ImageDifference difference = ImageDifference.between(expected, actual);
        boolean matches = difference.worstChannelMean() <= MEAN_TOLERANCE && difference.psnr() >= PSNR_TOLERANCE;
        if (!matches) {
            Files.createDirectories(FAILURES);
            ImageIO.write(actual, "png", FAILURES.resolve(name + ".actual.png").toFile());
            ImageIO.write(differenceMap(expected, actual), "png", FAILURES.resolve(name + ".diff.png").toFile());
        }
        assertTrue(matches, name + " differs from its golden frame: " + difference + "; see " + FAILURES.resolve(name + ".actual.png"));
    }

    private static BufferedImage differenceMap(BufferedImage expected, BufferedImage actual) {
        BufferedImage map = new BufferedImage(expected.getWidth(), expected.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < map.getHeight(); y++) {
            for (int x = 0; x < map.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int d = 0;
                for (int shift = 0; shift < 24; shift += 8) {
                    d = Math.max(d, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
                map.setRGB(x, y, d == 0 ? 0 : 0xff0000 | Math.min(255, d * 4) << 8);
            }
        }
        return map;
    }
}
