package convreel.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** Hidden sibling names for staged outputs, and the rename that puts a staged output in place. */
final class StagingNames {

    private StagingNames() {
    }

    /** {@code .intro.partial-1f3a9c}: hidden, recognisable as unfinished, unlikely to collide. */
    static String partial(String stem) {
        return "." + stem + ".partial-" + randomSuffix();
    }

    /** {@code .png.old-1f3a9c}: where a replaced directory waits while it is deleted. */
    static String old(String name) {
        return "." + name + ".old-" + randomSuffix();
    }

    /**
     * Renames {@code source} onto {@code target} in one step. Both are in the same directory, so the
     * rename is atomic on every local file system; the fallback covers file systems that refuse
     * {@code ATOMIC_MOVE} outright (some network mounts).
     */
    static void replace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String randomSuffix() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(2);
    }
}
