package convreel.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.batik.ext.awt.image.GraphicsUtil;
import org.apache.batik.ext.awt.image.renderable.Filter;
import org.apache.batik.ext.awt.image.renderable.RedRable;
import org.apache.batik.ext.awt.image.spi.ImageTagRegistry;
import org.apache.batik.ext.awt.image.spi.MagicNumberRegistryEntry;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Renders an SVG document to a {@link BufferedImage} with Batik, at the size its root element
 * declares, to compare a vector frame with its raster twin. Uses a bare {@link ImageTranscoder} that
 * keeps the image instead of encoding it, so it needs no image codec. The PNGs a frame embeds (a
 * photo beat's pictures) are decoded by the JDK's ImageIO: Batik's own decoder is in batik-codec.
 */
public final class SvgRasterizer {
    static {
        ImageTagRegistry.getRegistry().register(new PngEntry());
    }

    private SvgRasterizer() {
    }

    /** The rendered image, {@code TYPE_INT_ARGB}; what the SVG leaves unpainted is transparent. */
    public static BufferedImage rasterize(String svg) throws IOException {
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        // Batik resolves relative references against the document URI and wants one even if none are used.
        input.setURI("file:///frame.svg");
        Capture capture = new Capture();
        try {
            capture.transcode(input, new TranscoderOutput());
        } catch (TranscoderException e) {
            throw new IOException("Batik could not render the SVG: " + e.getMessage(), e);
        }
        return capture.image;
    }

    public static BufferedImage rasterize(Path svgFile) throws IOException {
        return rasterize(Files.readString(svgFile, StandardCharsets.UTF_8));
    }

    /** Embedded PNGs, known by their first bytes, decoded by ImageIO. */
    private static final class PngEntry extends MagicNumberRegistryEntry {
        PngEntry() {
            super("PNG", "png", "image/png", 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        }

        @Override
        public Filter handleStream(InputStream in, ParsedURL origin, boolean needRawData) {
            try {
                return new RedRable(GraphicsUtil.wrap(ImageIO.read(in)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
    }

    private static final class Capture extends ImageTranscoder {
        private BufferedImage image;

        @Override
        public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        }

        @Override
        public void writeImage(BufferedImage image, TranscoderOutput output) {
            this.image = image;
        }
    }
}
