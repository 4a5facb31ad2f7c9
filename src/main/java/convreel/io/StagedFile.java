package convreel.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file written under a hidden name beside its target and renamed onto the target in one step, so a
 * reader of the target sees either the old file or the complete new one, never a half-written file.
 *
 * <p>{@link #staging()} is created empty by {@link #beside(Path)}; the writer fills it, then calls
 * {@link #commit()}. {@link #close()} deletes the staging file unless it was committed. The staging
 * name keeps the target's extension ({@code intro.mp4} → {@code .intro.partial-4711-3fa2c1-1f3a9c.mp4}) for tools
 * that choose a format by suffix.
 *
 * <p>The staging file is known to the {@link StagingRegistry}, so a process told to stop deletes it, and
 * its name says which process owns it, so a later render removes it if that process died without
 * cleaning up ({@link StaleStaging}, run on the folder the first time this process stages a file in it).
 */
public final class StagedFile implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedFile(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates the target's parent directories and an empty staging file in the same directory. */
    public static StagedFile beside(Path target) throws IOException {
        Path absolute = checkedTarget(target);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        StaleStaging.sweepOnce(parent);
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        // Files.createFile rather than createTempFile: the latter makes the file owner-only (0600),
        // and the rename would carry those permissions over to the finished output.
        while (true) {
            Path staging = parent.resolve(StagingNames.partial(stem) + extension);
            try {
                return new StagedFile(absolute, StagingRegistry.create(() -> Files.createFile(staging)));
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same random suffix; draw again
            }
        }
    }

    /** Where the output will be once committed. */
    public Path target() {
        return target;
    }

    /** Where to write the output until it is committed. */
    public Path staging() {
        return staging;
    }

    /** Renames the staging file onto the target, replacing any file already there. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException(target + " was already committed");
        }
        StagingRegistry.commit(staging, () -> StagingNames.replace(staging, target));
        committed = true;
    }

    /** Deletes the staging file unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Files.deleteIfExists(staging);
            StagingRegistry.forget(staging);
        }
    }

    static Path checkedTarget(Path target) {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IllegalArgumentException("output path must name a file or folder, got " + target);
        }
        return absolute;
    }
}
