package convreel.export.image;

import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.io.StagedOutput;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes each frame as one image file, frame 0 as {@code 000001.png} (or {@code .svg}), frame 1 as
 * {@code 000002.png}, … (the numbering ffmpeg's image2 reader and most editors expect) into one folder.
 * The folder is built beside its target and replaces it whole on {@link #finish()}; closing without
 * finishing leaves the target as it was.
 */
public final class ImageSequenceSink implements FrameSink {

    private final StagedOutput folder;
    private final ImageFormat format;
    private int lastIndex = -1;

    private ImageSequenceSink(StagedOutput folder, ImageFormat format) {
        this.folder = folder;
        this.format = format;
    }

    /** Starts a sequence of {@code format} images that will replace {@code directory} (for example {@code output/intro/png}). */
    public static ImageSequenceSink open(Path directory, ImageFormat format) throws IOException {
        return new ImageSequenceSink(StagedOutput.folder(directory), format);
    }

    /** {@code 000001.png} for frame 0. */
    private static String nameOf(int index, String extension) {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be 0 or more, got " + index);
        }
        return String.format("%06d.%s", index + 1, extension);
    }

    /** Writes {@code frame}; frames must come in increasing index order. */
    @Override
    public void accept(Frame frame) throws IOException {
        int index = frame.index();
        if (index <= lastIndex) {
            throw new IllegalArgumentException(
                    "frames must arrive in increasing order; got frame " + index + " after frame " + lastIndex);
        }
        lastIndex = index;
        format.write(frame, folder.staging().resolve(nameOf(index, format.extension())));
    }

    @Override
    public void finish() throws IOException {
        folder.commit();
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
