package convreel.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder filled under a hidden name beside its target and swapped in for the target whole, so a
 * failed render never leaves a mix of old and new files.
 *
 * <p>{@link #beside(Path)} creates an empty staging folder; the writer fills it, then calls
 * {@link #commit()}, which renames any existing target aside, renames the staging folder onto the
 * target and deletes the old one. Between the two renames the target is briefly absent (Java has no
 * atomic exchange of two folders), but it is never partly written. {@link #close()} deletes the staging
 * folder unless it was committed.
 */
public final class StagedDirectory implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates the target's parent directories and an empty staging folder beside the target. */
    public static StagedDirectory beside(Path target) throws IOException {
        Path absolute = StagedFile.checkedTarget(target);
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(absolute + " exists and is not a folder; expected a folder of frames or nothing");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        String name = absolute.getFileName().toString();
        while (true) {
            try {
                return new StagedDirectory(absolute, Files.createDirectory(parent.resolve(StagingNames.partial(name))));
            } catch (FileAlreadyExistsException taken) {
                // another writer drew the same random suffix; draw again
            }
        }
    }

    /** Where the folder will be once committed. */
    public Path target() {
        return target;
    }

    /** The folder to write into until it is committed. */
    public Path staging() {
        return staging;
    }

    /** Replaces the target folder, if any, by the staging folder. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException(target + " was already committed");
        }
        Path parent = target.getParent();
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new IOException(target + " exists and is not a folder; expected a folder of frames or nothing");
            }
            old = parent.resolve(StagingNames.old(target.getFileName().toString()));
            StagingNames.replace(target, old);
        }
        try {
            StagingNames.replace(staging, target);
        } catch (IOException e) {
            if (old != null) {
                try {
                    StagingNames.replace(old, target);
                } catch (IOException restore) {
                    e.addSuppressed(restore);
                }
            }
            throw e;
        }
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Deletes the staging folder and everything in it unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // Deepest paths first, so every folder is empty by the time it is deleted. walk() does not
        // follow symbolic links, so a link inside the tree is deleted, not what it points to.
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
