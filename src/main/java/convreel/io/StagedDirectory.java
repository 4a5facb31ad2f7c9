package convreel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
 * folder unless it was committed. Like {@link StagedFile}'s, the staging folder is known to the
 * {@link StagingRegistry} and named after its owner.
 */
public final class StagedDirectory implements AutoCloseable {
    /** Passes over a tree that files are still being added to before giving up. */
    private static final int DELETE_ATTEMPTS = 20;

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
        StaleStaging.sweepOnce(parent);
        String name = absolute.getFileName().toString();
        while (true) {
            Path staging = parent.resolve(StagingNames.partial(name));
            try {
                return new StagedDirectory(absolute, StagingRegistry.create(() -> Files.createDirectory(staging)));
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
        Path old = target.getParent().resolve(StagingNames.old(target.getFileName().toString()));
        boolean[] replaced = {false};
        StagingRegistry.commit(staging, () -> {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " exists and is not a folder; expected a folder of frames or nothing");
                }
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
        committed = true;
        if (replaced[0]) {
            deleteTree(old);
            StagingRegistry.forget(old);
        }
    }

    /** Deletes the staging folder and everything in it unless {@link #commit()} succeeded. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            deleteTree(staging);
            StagingRegistry.forget(staging);
        }
    }

    /**
     * Deletes {@code root}, and everything in it if it is a folder. Tolerates a writer that is still
     * adding files (a render being stopped) and another deleter working on the same tree. Symbolic
     * links are deleted, never followed.
     */
    static void deleteTree(Path root) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(root);
                    return;
                }
                // Deepest paths first, so every folder is empty by the time it is deleted. walk() does not
                // follow symbolic links, so a link inside the tree is deleted, not what it points to.
                try (Stream<Path> paths = Files.walk(root)) {
                    for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                        Files.deleteIfExists(path);
                    }
                }
                return;
            } catch (DirectoryNotEmptyException | NoSuchFileException raced) {
                if (attempt == DELETE_ATTEMPTS) {
                    throw raced;
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof NoSuchFileException) || attempt == DELETE_ATTEMPTS) {
                    throw e.getCause();
                }
            }
        }
    }
}
