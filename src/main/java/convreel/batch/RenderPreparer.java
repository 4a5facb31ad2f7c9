package convreel.batch;

import convreel.render.LoadedScene;
import convreel.render.PreparedRender;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import convreel.render.SceneVideo;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How a batch reads and renders one item: {@link #scenes} as {@code convreel render} does, or a fake
 * in the runner's tests, which need failures, errors and timing that real scenes cannot give on cue.
 * Implementations are called from several worker threads at once, so {@link #prepare} must not share
 * mutable state between items.
 */
@FunctionalInterface
public interface RenderPreparer {

    /**
     * Reads and checks {@code item}'s scene and computes what it shows, without painting a frame: a
     * batch prepares every item before it starts rendering, to know the total work and what is
     * already up to date.
     *
     * @throws SceneException if the scene file is missing or not a valid scene
     * @throws IOException     if its voice could not be read or synthesised into the cache
     */
    PreparedRender prepare(WorkItem item) throws SceneException, IOException;

    /**
     * Each item's scene (or variant) rendered exactly as {@code convreel render} renders it: to
     * {@code overrides}, its voices and segments cached in {@code cache}, with {@code settings}.
     */
    static RenderPreparer scenes(SceneOverrides overrides, Path cache, ScenePrograms programs, RenderSettings settings) {
        return item -> new SceneVideo(LoadedScene.load(item.scene(), item.variant(), overrides, cache, programs), cache,
                settings);
    }
}
