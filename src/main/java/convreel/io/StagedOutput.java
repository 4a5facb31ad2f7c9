package convreel.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An output (a file, or a folder of files) written under a hidden name beside its target and renamed
 * onto the target when complete, so a reader of the target sees the old output or the whole new one,
 * never a half-written one. Every writer of the program stages through it.
 *
 * <p>{@link #file} and {@link #folder} create an empty staging file or folder; the writer fills
 * {@link #staging()}, then calls {@link #commit()}. {@link #close()} deletes the staging path unless it
 * was committed. A staged file's name keeps the target's extension ({@code intro.mp4} →
 * {@code .intro.partial-4711-3fa2c1-1f3a9c.mp4}) for tools that choose a format by suffix. A file is
 * renamed onto its target in one step; a folder replaces its target by two renames (the old folder
 * aside, the new one in), between which the target is briefly absent (Java has no atomic exchange of
 * two folders), but never partly written.
 *
 * <p>The staging path is known to the {@link StagingRegistry}, so a process told to stop deletes it,
 * and its name says which process owns it, so a later render removes it if that process died without
 * cleaning up ({@link StaleStaging}, run on the folder the first time this process stages an output in it).
 */
public final class StagedOutput implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final boolean folder;
    private boolean committed;

    private StagedOutput(Path target, Path staging, boolean folder) {
        this.target = target;
        this.staging = staging;
        this.folder = folder;
    }

    /** Creates the target's parent folders and an empty staging file beside the target. */
    public static StagedOutput file(Path target) throws IOException {
        return beside(target, false);
    }

    /** Creates the target's parent folders and an empty staging folder beside the target. */
    public static StagedOutput folder(Path target) throws IOException {
        return beside(target, true);
    }

    private static StagedOutput beside(Path target, boolean folder) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IllegalArgumentException("output path must name a file or folder, got " + target);
        }
        if (folder) {
            requireFolderOrNothing(absolute);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        StaleStaging.sweepOnce(parent);
        String name = absolute.getFileName().toString();
        int dot = folder ? -1 : name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        // Files.createFile rather than createTempFile: the latter makes the file owner-only (0600),
        // and the rename would carry those permissions over to the finished output.
        while (true) {
            Path staging = parent.resolve(StagingNames.partial(stem) + extension);
            try {
                return new StagedOutput(absolute, StagingRegistry.create(
                        () -> folder ? Files.createDirectory(staging) : Files.createFile(staging)), folder);
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

    /** Puts the staged output in place, replacing whatever output was at the target. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException(target + " was already committed");
        }
        if (folder) {
            commitFolder();
        } else {
            StagingRegistry.commit(staging, () -> StagingNames.replace(staging, target));
        }
        committed = true;
    }

    private void commitFolder() throws IOException {
        Path old = target.getParent().resolve(StagingNames.old(target.getFileName().toString()));
        boolean[] replaced = {false};
        StagingRegistry.commit(staging, () -> {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                requireFolderOrNothing(target);
                StagingNames.replace(target, old);
                // From here on the old folder is a leftover: if the process stops now, it goes too.
                StagingRegistry.add(old);
                replaced[0] = true;
            }
            try {
                StagingNames.replace(staging, target);
            } catch (IOException e) {
                if (replaced[0]) {
                    // The old folder is the output again, wherever it ends up: never delete it as a leftover.
                    StagingRegistry.forget(old);
                    replaced[0] = false;
                    try {
                        StagingNames.replace(old, target);
                    } catch (IOException restore) {
                        e.addSuppressed(restore);
                    }
                }
                throw e;
            }
        });
        if (replaced[0]) {
            FileTrees.delete(old);
            StagingRegistry.forget(old);
        }
    }

    /** Deletes the staging path, and all in it, unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            FileTrees.delete(staging);
            StagingRegistry.forget(staging);
        }
    }

    private static void requireFolderOrNothing(Path target) throws IOException {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " exists and is not a folder; expected a folder of frames or nothing");
        }
    }
}
