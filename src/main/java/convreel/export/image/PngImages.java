package convreel.export.image;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;

/**
 * Embeds an image drawn on an SVG frame (a photo beat's picture and maps) in the document as a
 * base-64 PNG, written by the JDK's ImageIO: Batik's own PNG coder lives in batik-codec, which
 * convreel does not ship. ImageIO writes the same bytes for the same pixels, so SVG frames stay
 * deterministic.
 */
final class PngImages extends ImageHandlerBase64Encoder {
    @Override
    public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new SVGGraphics2DIOException("this Java runtime has no PNG writer");
            }
        } catch (IOException failed) {
            throw new SVGGraphics2DIOException(failed);
        }
    }
}
