package convreel.cli;

import convreel.batch.OutputNames;
import convreel.render.InputWatcher;
import convreel.render.LoadedScene;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import convreel.render.SceneVideo;
import convreel.script.SceneException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Renders a scene, then again each time the scene file or a file it uses (a voice, the music) is
 * saved (an {@link InputWatcher} waits for the saves). Each render goes through the cache, so only the beats
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
    private final InputWatcher<Round> watcher;

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
        this.watcher = new InputWatcher<>(this.sceneFile, debounce, this::render, Round::inputs, round -> {
            if (round.changed().isEmpty()) {
                log.printf("watching %s%s; Ctrl-C stops%n", this.sceneFile.getFileName(),
                        round.inputs().size() > 1 ? " and the " + (round.inputs().size() - 1) + " files it uses" : "");
                log.flush();
            }
            rounds.accept(round);
        });
    }

    /** Renders now and after every change, until {@link #stop()} or an interrupt. */
    void run() throws IOException {
        watcher.run();
    }

    /** Ends {@link #run()}: at once if it waits for a change; after the current render otherwise (interrupt it to cut that short). */
    void stop() {
        watcher.stop();
    }

    /** Waits until {@link #run()} has ended, at most {@code timeout}; whether it has. */
    boolean awaitStopped(Duration timeout) throws InterruptedException {
        return watcher.awaitStopped(timeout);
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
