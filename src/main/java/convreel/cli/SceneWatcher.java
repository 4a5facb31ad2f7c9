package convreel.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import convreel.batch.OutputNames;
import convreel.render.LoadedScene;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import convreel.render.SceneVideo;
import convreel.script.SceneException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Renders a scene, then again each time the scene file or a file it uses (a voice, the music) is
 * saved. Saves come in bursts (an editor writes, renames, touches), so a render starts only once the
 * files have been quiet for the debounce time. Each render goes through the cache, so only the beats
 * that changed are encoded again; what was encoded and reused, and how long it took, is printed. A
 * scene with an error is reported, and the last good video stays where it is: nothing is written
 * until a render is complete.
 */
final class SceneWatcher {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Path sceneFile;
    private final Path out;
    private final SceneOverrides overrides;
    private final ScenePrograms programs;
    private final RenderSettings settings;
    private final PrintWriter log;
    private final Duration debounce;
    private final Consumer<Round> rounds;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile WatchService service;
    private volatile boolean stopping;

    /**
     * What one round did: the renders after a change of {@code changed} (none for the first), or the
     * problem that kept the last good video in place.
     *
     * @param inputs the files to watch from now on
     */
    record Round(List<Path> changed, Set<Path> inputs, List<SceneVideo.Outcome> outcomes, Optional<String> problem) {
    }

    /**
     * {@code rounds} hears of each round once it is over and the files it read are watched again, so
     * a change made after that is seen.
     */
    SceneWatcher(Path sceneFile, Path out, SceneOverrides overrides, ScenePrograms programs, RenderSettings settings,
            PrintWriter log, Duration debounce, Consumer<Round> rounds) {
        this.sceneFile = sceneFile.toAbsolutePath().normalize();
        this.out = out;
        this.overrides = overrides;
        this.programs = programs;
        this.settings = settings;
        this.log = log;
        this.debounce = debounce;
        this.rounds = rounds;
    }

    /** Renders now and after every change, until {@link #stop()} or an interrupt. */
    void run() throws IOException {
        try (WatchService watching = FileSystems.getDefault().newWatchService()) {
            service = watching;
            if (stopping) {
                return;
            }
            Map<WatchKey, Path> folders = new HashMap<>();
            Round first = render(Set.of(sceneFile), List.of());
            Set<Path> inputs = first.inputs();
            watch(watching, inputs, folders);
            log.printf("watching %s%s; Ctrl-C stops%n", sceneFile.getFileName(),
                    inputs.size() > 1 ? " and the " + (inputs.size() - 1) + " files it uses" : "");
            log.flush();
            rounds.accept(first);
            while (!stopping) {
                Set<Path> changed = new TreeSet<>();
                collect(watching.take(), folders, inputs, changed);
                if (changed.isEmpty()) {
                    continue;
                }
                // Wait for the burst of writes to settle.
                for (WatchKey more; (more = watching.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null; ) {
                    collect(more, folders, inputs, changed);
                }
                Round round = render(inputs, List.copyOf(changed));
                inputs = round.inputs();
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                watch(watching, inputs, folders);
                rounds.accept(round);
            }
        } catch (ClosedWatchServiceException | InterruptedException stop) {
            // stop() or Ctrl-C
        } finally {
            stopped.countDown();
        }
    }

    /** Ends {@link #run()}: at once if it waits for a change; after the current render otherwise (interrupt it to cut that short). */
    void stop() {
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
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void watch(WatchService watching, Set<Path> inputs, Map<WatchKey, Path> folders) throws IOException {
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

    /**
     * Renders every video of the scene file; the round's inputs are the files they are made from (the
     * scene file and those watched before if it cannot be read), which are the ones to watch next.
     */
    private Round render(Set<Path> watched, List<Path> changed) {
        String now = LocalTime.now().format(CLOCK);
        if (!changed.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Path file : changed) {
                names.add(String.valueOf(file.getFileName()));
            }
            log.printf("%s  %s changed%n", now, String.join(", ", names));
            log.flush();
        }
        Path cache = out.resolve(SceneVideo.CACHE);
        String problem;
        try {
            List<LoadedScene> scenes = LoadedScene.loadAll(sceneFile, overrides, cache, programs);
            Set<Path> inputs = new LinkedHashSet<>();
            List<SceneVideo.Outcome> outcomes = new ArrayList<>();
            for (LoadedScene loaded : scenes) {
                for (Path input : loaded.inputs()) {
                    inputs.add(input.toAbsolutePath().normalize());
                }
                SceneVideo scene = new SceneVideo(loaded, cache, settings);
                Path video = OutputNames.inside(out, OutputNames.safe(scene.name()) + OutputNames.VIDEO_EXTENSION);
                SceneVideo.Outcome outcome = scene.render(video, false, false, done -> { });
                outcomes.add(outcome);
                log.printf("%s  wrote %s in %.1f s: %s%n", LocalTime.now().format(CLOCK), out.resolve(video.getFileName()),
                        outcome.result().renderTime().toNanos() / 1e9,
                        outcome.cacheUse().map(CacheSummary::of).orElse("every frame encoded"));
                log.flush();
            }
            return new Round(changed, inputs, outcomes, Optional.empty());
        } catch (java.io.InterruptedIOException stopped) {
            // Ctrl-C during a render: its partial outputs are gone, the last good video stays.
            log.printf("%s  stopped; the last good video stays in place%n", LocalTime.now().format(CLOCK));
            log.flush();
            Thread.currentThread().interrupt();
            return new Round(changed, watched, List.of(), Optional.of("stopped"));
        } catch (SceneException invalid) {
            log.printf("%s  the scene has an error; the last good video stays in place:%n%s%n",
                    LocalTime.now().format(CLOCK), invalid.getMessage());
            problem = invalid.getMessage();
        } catch (IOException | RuntimeException failed) {
            problem = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            log.printf("%s  the render failed; the last good video stays in place: %s%n", LocalTime.now().format(CLOCK), problem);
        }
        log.flush();
        Set<Path> keep = new LinkedHashSet<>(watched);
        keep.add(sceneFile);
        return new Round(changed, keep, List.of(), Optional.of(problem));
    }
}
