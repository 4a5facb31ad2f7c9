package convreel.batch;

import convreel.render.PreparedRender;
import convreel.script.SceneException;

/**
 * How a batch reads and renders one item; the command line supplies the real renderer (the same code
 * path as {@code convreel render}), tests a fake one. Implementations are called from several worker
 * threads at once, so {@link #prepare} must not share mutable state between items.
 */
@FunctionalInterface
public interface SceneRenderer {

    /**
     * Reads and checks {@code item}'s scene and computes what it shows, without painting a frame: a
     * batch prepares every item before it starts rendering, to know the total work and what is
     * already up to date.
     *
     * @throws SceneException if the scene file is missing or not a valid scene
     */
    PreparedRender prepare(WorkItem item) throws SceneException;
}
