package convreel.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/** One item whose scene has been read and checked, ready to render. Rendered at most once, by one thread. */
public interface PreparedRender {

    /**
     * Every file the video is made from, the scene file first: the batch re-renders when any of them
     * is newer than the video. This is where a scene's voice-over and music files will be listed.
     * The program itself is not a file here; {@link Freshness} accounts for it.
     */
    List<Path> inputs();

    /** How many frames the video has. */
    int frames();

    /** How long the video lasts, in seconds. */
    double seconds();

    /**
     * Renders the video to {@code video}, which appears only when complete; {@code progress} hears the
     * number of frames done so far after each frame.
     */
    RenderResult render(Path video, IntConsumer progress) throws IOException;
}
