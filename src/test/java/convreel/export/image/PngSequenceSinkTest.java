package convreel.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import convreel.testing.PaintedFrame;
import convreel.testing.Drawings;
import convreel.testing.ImageDifference;

class PngSequenceSinkTest {

    @TempDir
    Path dir;

    @Test
    void pngHoldsTheRasterExactly() throws IOException {
        PaintedFrame frame = new PaintedFrame(0, 120, 68, Drawings.shapesAndBanglaText(120, 68, "কি"));
        try (PngSequenceSink sink = PngSequenceSink.open(dir.resolve("png"))) {
            sink.accept(frame);
            sink.finish();
        }
        BufferedImage written = ImageIO.read(dir.resolve("png/000001.png").toFile());
        ImageDifference difference = ImageDifference.between(frame.raster(), written);
        assertEquals(0, difference.maxAbsolute(), "PNG is lossless: " + difference);
    }
}
