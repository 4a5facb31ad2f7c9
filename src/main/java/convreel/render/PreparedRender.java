package convreel.render;

import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A scene read, checked, voiced and timed, ready to render: what a batch knows of an item before it
 * renders it. Rendered at most once, by one thread.
 */
public interface PreparedRender {

    /**
     * Every file the video is made from, the scene file first, then its voice and music files: a batch
     * renders again when any of them is newer than the video. The program itself is not a file here;
     * the batch's up-to-date check accounts for it.
     */
    List<Path> inputs();

    /** How many frames the video has. */
    int frames();

    /** How long the video lasts, in seconds. */
    double seconds();

    /**
     * Renders the video to {@code video}, which appears only when complete; {@code progress} hears the
     * number of frames done so far after each frame.
     *
     * @throws SceneException if the scene turns out not to be renderable as written (a beat that does
     *                        not fit the frame): the user must fix it, a retry will not help
     */
    RenderResult render(Path video, IntConsumer progress) throws IOException, SceneException;
}
