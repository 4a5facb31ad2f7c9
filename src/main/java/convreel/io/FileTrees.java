package convreel.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a file or a folder with everything in it. */
public final class FileTrees {
    /** Passes over a tree that files are still being added to before giving up. */
    private static final int DELETE_ATTEMPTS = 20;

    private FileTrees() {
    }

    /**
     * Deletes {@code root}, and everything in it if it is a folder. Tolerates a writer that is still
     * adding files (a render being stopped) and another deleter working on the same tree. Symbolic
     * links are deleted, never followed.
     */
    public static void delete(Path root) throws IOException {
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
