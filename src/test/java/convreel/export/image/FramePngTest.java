package convreel.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FramePngTest {
    /** Every byte value in every channel, rows unlike the row above: what the filter and the byte order could get wrong. */
    @Test
    void decodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(37, 11, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(15);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(FramePng.encode(image)));
        assertEquals(image.getWidth(), decoded.getWidth());
        assertEquals(image.getHeight(), decoded.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y) & 0xffffff, decoded.getRGB(x, y) & 0xffffff, "pixel " + x + ", " + y);
            }
        }
    }
}
