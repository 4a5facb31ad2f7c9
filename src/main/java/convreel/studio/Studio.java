package convreel.studio;

import convreel.render.InputWatcher;
import convreel.render.LoadedScene;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import convreel.render.SceneVideo;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * One scene file kept loaded for the studio: read, checked, voiced and timed as {@code render} does
 * it, and loaded again whenever the scene file or a voice or music file it uses is saved (the same
 * {@link InputWatcher} that {@code convreel watch} renders on). A save that breaks the scene leaves
 * the last good version in place, beside the problem, so the page keeps its picture and shows the message.
 */
public final class Studio implements AutoCloseable {
    private final Path sceneFile;
    private final SceneOverrides overrides;
    private final ScenePrograms programs;
    private final Path out;
    private final EventStream events = new EventStream();
    private final FinalRender render;
    private final InputWatcher<Set<Path>> watcher;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile Snapshot snapshot = new Snapshot(0, null, Optional.empty());
    private Thread loop;

    /**
     * What the studio shows: its {@code version} grows with every load, {@code pictures} is the last
     * scene that loaded ({@code null} if none has yet) and {@code problem} why the file on disk is not it.
     */
    record Snapshot(int version, FramePictures pictures, Optional<SceneProblem> problem) {
        Optional<LoadedScene> scene() {
            return Optional.ofNullable(pictures).map(FramePictures::loaded);
        }
    }

    /**
     * The studio of {@code sceneFile} with the command line's {@code overrides}, voices kept in (and
     * final renders written to) {@code out}; it reloads once saves have been quiet for {@code debounce}.
     */
    public Studio(Path sceneFile, SceneOverrides overrides, ScenePrograms programs, Path out, Duration debounce) {
        this.sceneFile = sceneFile;
        this.overrides = overrides;
        this.programs = programs;
        this.out = out;
        this.render = new FinalRender(out, events);
        this.watcher = new InputWatcher<>(sceneFile, debounce, this::reload, inputs -> inputs, inputs -> {
            loaded.countDown();
            events.send("scene", "{\"version\":" + snapshot.version() + "}");
        });
    }

    /** Loads the scene and starts watching its files; returns once the first load is over, good or not. */
    public void start() throws InterruptedException {
        loop = new Thread(() -> {
            try {
                watcher.run();
            } catch (IOException | RuntimeException failed) {
                snapshot = new Snapshot(snapshot.version() + 1, snapshot.pictures(), Optional.of(SceneProblem.of(failed)));
                loaded.countDown();
            }
        }, "convreel-studio-watch");
        loop.setDaemon(true);
        loop.start();
        loaded.await();
    }

    /** The scene file as given on the command line. */
    public Path sceneFile() {
        return sceneFile;
    }

    /** Why the scene on disk is not shown, if it is not: the compiler-style message. */
    public Optional<String> problem() {
        return snapshot.problem().map(SceneProblem::message);
    }

    Snapshot snapshot() {
        return snapshot;
    }

    EventStream events() {
        return events;
    }

    FinalRender render() {
        return render;
    }

    /** Starts the final render of the scene file as it is now; false if one is still running. */
    boolean startRender() {
        return render.start(() -> LoadedScene.load(sceneFile, Optional.empty(), overrides, out.resolve(SceneVideo.CACHE), programs));
    }

    /** One round of the watcher: loads the scene; returns the files to watch from now on. */
    private Set<Path> reload(Set<Path> watched, List<Path> changed) {
        Snapshot before = snapshot;
        Set<Path> inputs = new LinkedHashSet<>();
        try {
            // Laid out in the format the page shows only, for a third of the work: the page follows a save
            // sooner. The render button checks every format first, as convreel render does.
            LoadedScene.Drawn drawn = LoadedScene.drawnIn(sceneFile, overrides, out.resolve(SceneVideo.CACHE), programs);
            FramePictures pictures = new FramePictures(drawn);
            for (Path input : drawn.loaded().inputs()) {
                inputs.add(input.toAbsolutePath().normalize());
            }
            snapshot = new Snapshot(before.version() + 1, pictures, Optional.empty());
            return inputs;
        } catch (SceneException invalid) {
            snapshot = new Snapshot(before.version() + 1, before.pictures(), Optional.of(SceneProblem.of(invalid)));
        } catch (IOException | RuntimeException failed) {
            snapshot = new Snapshot(before.version() + 1, before.pictures(), Optional.of(SceneProblem.of(failed)));
        }
        // Keep watching what the last good scene used, and the scene file whatever happens.
        inputs.addAll(watched);
        inputs.add(watcher.sceneFile());
        return inputs;
    }

    /** Stops watching, stops a render in progress (its partial outputs are removed) and ends the page's event streams. */
    @Override
    public void close() {
        watcher.stop();
        if (loop != null) {
            loop.interrupt();
        }
        render.close();
        events.close();
    }
}
