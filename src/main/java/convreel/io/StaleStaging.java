package convreel.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Removes the staging files and folders that renders which were killed (power cut, {@code kill -9}, a
 * shutdown hook that could not finish) left in a folder outputs are written to.
 *
 * <p>Several renders may share a folder: a batch's parallel items, other processes, other containers
 * or machines on a shared volume. A staging path is removed only when its owner is certainly gone:
 * its name says it was made by a process of this machine ({@link StagingNames}) that no longer runs, or
 * whose number now belongs to a process started after the file was last written; or nobody has
 * written to it for {@value #UNTOUCHED_HOURS} hours (another machine's, or an older kind of name). This
 * process's own staging paths are never touched here.
 */
public final class StaleStaging {
    private static final int UNTOUCHED_HOURS = 6;
    /** A staging path nobody wrote to for this long belongs to a render that is gone. */
    static final Duration UNTOUCHED = Duration.ofHours(UNTOUCHED_HOURS);
    /** Process start times are known to the second at best. */
    private static final Duration START_TIME_SLACK = Duration.ofSeconds(2);
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private StaleStaging() {
    }

    /**
     * Sweeps {@code folder} and the folders directly in it (a scene's frame folders sit in the output
     * folder: {@code out/intro/.png.partial-…}) the first time this process stages an output in it.
     */
    static void sweepOnce(Path folder) {
        if (!SWEPT.add(folder.toAbsolutePath().normalize())) {
            return;
        }
        sweep(folder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))) {
            for (Path entry : entries) {
                if (SWEPT.add(entry.toAbsolutePath().normalize())) {
                    sweep(entry);
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // as in sweep()
        }
    }

    /** Deletes the abandoned staging paths in {@code folder}; returns how many it deleted. */
    public static int sweep(Path folder) {
        int removed = 0;
        if (!Files.isDirectory(folder)) {
            return removed;
        }
        Instant now = Instant.now();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                entry -> StagingNames.isStaging(entry.getFileName().toString()))) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                try {
                    Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
                    if (!StagingNames.ours(name) && abandoned(name, modified, now)) {
                        FileTrees.delete(entry);
                        removed++;
                    }
                } catch (IOException | RuntimeException notOurs) {
                    // Gone meanwhile, or another user's file in a shared folder: not this render's business.
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // A folder we cannot list is one we will fail to write to, with a better message.
        }
        return removed;
    }

    private static boolean abandoned(String name, Instant modified, Instant now) {
        if (modified.isBefore(now.minus(UNTOUCHED))) {
            return true;
        }
        Optional<Long> owner = StagingNames.localOwner(name);
        if (owner.isEmpty()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(owner.get()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        // The number was given to a later process: one started after the file was last written did not write it.
        return process.get().info().startInstant()
                .map(start -> start.isAfter(modified.plus(START_TIME_SLACK)))
                .orElse(false);
    }
}
