package convreel.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The staging files and folders this process is writing ({@link StagedOutput}),
 * so that a process told to stop (Ctrl-C, {@code SIGTERM}) deletes them on its way out and leaves the
 * outputs as they were before it started.
 *
 * <p>When the JVM shuts down, the render threads are still running: one may be encoding into a staging
 * file, another about to rename one into place. The shutdown hook therefore touches no native state
 * and frees nothing; it only deletes paths. A file deleted while FFmpeg still writes into it is
 * unlinked; the writes go nowhere and the handle stays valid. Creating a staging path and committing one
 * (its renames) happen under one lock, which the hook takes before it deletes anything: a commit either
 * completed before it (the new output is whole and stays) or is refused after it (the old output
 * stays), and no staging path appears once the hook has looked.
 */
public final class StagingRegistry {
    /** How long the hook waits for a commit in progress, a rename or two, before giving up on cleaning. */
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(3);

    private static final ReentrantLock LOCK = new ReentrantLock();
    /** Guarded by {@link #LOCK}. */
    private static final Set<Path> LIVE = new LinkedHashSet<>();
    /** Guarded by {@link #LOCK}: set by the shutdown hook, after which nothing is staged or committed. */
    private static boolean stopping;
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private StagingRegistry() {
    }

    /**
     * Deletes this process's staging files and folders when the JVM shuts down, whether on a signal or
     * on {@code System.exit}. The program's entry point calls this once; a library user or a test that
     * stages outputs in its own JVM need not.
     */
    public static void deleteOnShutdown() {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(StagingRegistry::deleteLive, "convreel-staging-cleanup"));
        }
    }

    /** Makes a staging file or folder. */
    interface Creation {
        Path create() throws IOException;
    }

    /** The renames that put a staged output in place. */
    interface Renames {
        void run() throws IOException;
    }

    /** Makes and remembers a staging path; refused once the process is stopping. */
    static Path create(Creation creation) throws IOException {
        LOCK.lock();
        try {
            requireRunning();
            Path made = creation.create();
            LIVE.add(made);
            return made;
        } finally {
            LOCK.unlock();
        }
    }

    /**
     * Runs {@code renames}, which move {@code staging} into place, and forgets {@code staging}; refused
     * once the process is stopping, so the hook never deletes a staging path half way through a commit.
     */
    static void commit(Path staging, Renames renames) throws IOException {
        LOCK.lock();
        try {
            requireRunning();
            renames.run();
            LIVE.remove(staging);
        } finally {
            LOCK.unlock();
        }
    }

    /** Remembers a path that only exists while an output is being put in place (a replaced folder). */
    static void add(Path path) {
        LOCK.lock();
        try {
            LIVE.add(path);
        } finally {
            LOCK.unlock();
        }
    }

    /** Forgets a staging path that was deleted or moved. */
    static void forget(Path path) {
        LOCK.lock();
        try {
            LIVE.remove(path);
        } finally {
            LOCK.unlock();
        }
    }

    private static void requireRunning() throws InterruptedIOException {
        if (stopping) {
            throw new InterruptedIOException("convreel is stopping; no output is put in place");
        }
    }

    /** The shutdown hook: no more staging or commits, then delete every staging path left. */
    private static void deleteLive() {
        List<Path> left;
        try {
            if (!LOCK.tryLock(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                // A rename has hung (a dead network mount): deleting now could race it, so leave the
                // staging paths to the next render, which removes those of dead processes.
                return;
            }
        } catch (InterruptedException e) {
            return;
        }
        try {
            stopping = true;
            left = List.copyOf(LIVE);
            LIVE.clear();
        } finally {
            LOCK.unlock();
        }
        for (Path path : left) {
            try {
                FileTrees.delete(path);
            } catch (IOException | RuntimeException e) {
                // Best effort on the way out; the next render removes what a dead process left.
            }
        }
    }
}
