package convreel.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/**
 * Renders an SVG document to a {@link BufferedImage} with Batik, at the size its root element
 * declares, to compare a vector frame with its raster twin. Uses a bare {@link ImageTranscoder} that
 * keeps the image instead of encoding it, so it needs no image codec.
 */
public final class SvgRasterizer {

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
