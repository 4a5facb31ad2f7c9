package convreel.export.image;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import convreel.export.FrameSink;
import convreel.export.Frame;

/**
 * Writes each frame as an SVG document ({@link SvgFrameWriter}), {@code 000001.svg},
 * {@code 000002.svg}, … in UTF-8 into one folder. The folder is built beside its target and replaces
 * it whole on {@link #finish()}; closing without finishing leaves the target as it was.
 */
public final class SvgSequenceSink implements FrameSink {

    private final NumberedFiles files;

    private SvgSequenceSink(NumberedFiles files) {
        this.files = files;
    }

    /** Starts a sequence that will replace {@code directory} (for example {@code output/intro/svg}). */
    public static SvgSequenceSink open(Path directory) throws IOException {
        return new SvgSequenceSink(NumberedFiles.in(directory, "svg"));
    }

    @Override
    public void accept(Frame frame) throws IOException {
        try (Writer out = Files.newBufferedWriter(files.fileFor(frame), StandardCharsets.UTF_8)) {
            SvgFrameWriter.write(frame, out);
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
