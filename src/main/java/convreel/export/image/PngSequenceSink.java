package convreel.export.image;

import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import convreel.export.FrameSink;
import convreel.export.Frame;

/**
 * Writes each frame's raster as {@code 000001.png}, {@code 000002.png}, … into one folder. The folder
 * is built beside its target and replaces it whole on {@link #finish()}; closing without finishing
 * leaves the target as it was.
 */
public final class PngSequenceSink implements FrameSink {

    private final NumberedFiles files;

    private PngSequenceSink(NumberedFiles files) {
        this.files = files;
    }

    /** Starts a sequence that will replace {@code directory} (for example {@code output/intro/png}). */
    public static PngSequenceSink open(Path directory) throws IOException {
        return new PngSequenceSink(NumberedFiles.in(directory, "png"));
    }

    @Override
    public void accept(Frame frame) throws IOException {
        // To a File, not an OutputStream: ImageIO would buffer a stream through a cache file in /tmp.
        if (!ImageIO.write(frame.raster(), "png", files.fileFor(frame).toFile())) {
            throw new IOException("this Java runtime has no PNG writer");
        }
    }

    @Override
    public void finish() throws IOException {
        files.commit();
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
