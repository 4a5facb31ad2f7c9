package convreel.render;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a round of work on a scene file, then again each time the scene file or a file it uses (a
 * voice, the music) is saved: what {@code convreel watch} renders and the studio reloads on. Saves
 * come in bursts (an editor writes, renames, touches), so a round starts only once the files have
 * been quiet for the debounce time.
 *
 * @param <R> what a round gives: it names the files to watch from then on
 */
public final class InputWatcher<R> {
    /** One round of work: {@code watched} are the files watched until now, {@code changed} those saved (none at first). */
    public interface Work<R> {
        R run(Set<Path> watched, List<Path> changed);
    }

    private final Path sceneFile;
    private final Duration debounce;
    private final Work<R> work;
    private final Function<R, Set<Path>> inputs;
    private final Consumer<R> rounds;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile WatchService service;
    private volatile boolean stopping;

    /**
     * {@code inputs} says which files a round was made from; {@code rounds} hears of each round once
     * it is over and those files are watched again, so a change made after that is seen.
     */
    public InputWatcher(Path sceneFile, Duration debounce, Work<R> work, Function<R, Set<Path>> inputs, Consumer<R> rounds) {
        this.sceneFile = sceneFile.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.work = work;
        this.inputs = inputs;
        this.rounds = rounds;
    }

    /** The scene file, absolute: the first file watched. */
    public Path sceneFile() {
        return sceneFile;
    }

    /** Runs a round now and after every change, until {@link #stop()} or an interrupt. */
    public void run() throws IOException {
        try (WatchService watching = FileSystems.getDefault().newWatchService()) {
            service = watching;
            if (stopping) {
                return;
            }
            Map<WatchKey, Path> folders = new HashMap<>();
            R first = work.run(Set.of(sceneFile), List.of());
            Set<Path> watched = inputs.apply(first);
            watch(watching, watched, folders);
            rounds.accept(first);
            while (!stopping) {
                Set<Path> changed = new TreeSet<>();
                collect(watching.take(), folders, watched, changed);
                if (changed.isEmpty()) {
                    continue;
                }
                // Wait for the burst of writes to settle.
                for (WatchKey more; (more = watching.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    collect(more, folders, watched, changed);
                }
                R round = work.run(watched, List.copyOf(changed));
                watched = inputs.apply(round);
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                watch(watching, watched, folders);
                rounds.accept(round);
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            // stop() or Ctrl-C
        } finally {
            stopped.countDown();
        }
    }

    /** Ends {@link #run()}: at once if it waits for a change; after the current round otherwise (interrupt it to cut that short). */
    public void stop() {
        stopping = true;
        WatchService watching = service;
        if (watching != null) {
            try {
                watching.close();
            } catch (IOException e) {
                // it stops either way
            }
        }
    }

    /** Waits until {@link #run()} has ended, at most {@code timeout}; whether it has. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void watch(WatchService watching, Set<Path> inputs, Map<WatchKey, Path> folders) throws IOException {
        Set<Path> wanted = new LinkedHashSet<>();
        for (Path input : inputs) {
            wanted.add(input.getParent());
        }
        wanted.removeAll(folders.values());
        for (Path folder : wanted) {
            folders.put(folder.register(watching, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
        }
    }

    private static void collect(WatchKey key, Map<WatchKey, Path> folders, Set<Path> inputs, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost: assume the scene changed.
                changed.addAll(inputs);
            } else if (folder != null && event.context() instanceof Path name) {
                Path file = folder.resolve(name).normalize();
                if (inputs.contains(file)) {
                    changed.add(file);
                }
            }
        }
        key.reset();
    }
}
