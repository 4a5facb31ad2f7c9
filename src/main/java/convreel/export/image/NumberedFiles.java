package convreel.export.image;

import java.io.IOException;
import java.nio.file.Path;
import convreel.export.Frame;
import convreel.io.StagedOutput;

/**
 * The folder layout shared by the image-sequence sinks: frame 0 is {@code 000001.png}, frame 1 is
 * {@code 000002.png} (the numbering ffmpeg's image2 reader and most editors expect), written into a
 * {@link StagedOutput} so the folder appears complete or not at all.
 */
final class NumberedFiles implements AutoCloseable {

    private final StagedOutput folder;
    private final String extension;
    private int lastIndex = -1;

    private NumberedFiles(StagedOutput folder, String extension) {
        this.folder = folder;
        this.extension = extension;
    }

    /** Starts a staged folder that will replace {@code directory} on {@link #commit()}. */
    static NumberedFiles in(Path directory, String extension) throws IOException {
        return new NumberedFiles(StagedOutput.folder(directory), extension);
    }

    /** {@code 000001.png} for frame 0. */
    static String nameOf(int index, String extension) {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be 0 or more, got " + index);
        }
        return String.format("%06d.%s", index + 1, extension);
    }

    /** The staging path to write {@code frame} to; frames must come in increasing index order. */
    Path fileFor(Frame frame) {
        int index = frame.index();
        if (index <= lastIndex) {
            throw new IllegalArgumentException(
                    "frames must arrive in increasing order; got frame " + index + " after frame " + lastIndex);
        }
        lastIndex = index;
        return folder.staging().resolve(nameOf(index, extension));
    }

    void commit() throws IOException {
        folder.commit();
    }

    @Override
    public void close() throws IOException {
        folder.close();
    }
}
