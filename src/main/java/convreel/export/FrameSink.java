package convreel.export;

import java.io.IOException;

/**
 * Where frames go: a video file, a folder of numbered images. Lifecycle: frames arrive through
 * {@link #accept(Frame)} in order; after the last one, {@link #finish()} puts the output in place.
 * {@link #close()} is always called, once; if {@code finish()} was not called before it (an error, an
 * interrupt), the sink removes what it wrote, so a failed render leaves nothing at the output path.
 */
public interface FrameSink extends AutoCloseable {

    void accept(Frame frame) throws IOException;

    /** Completes the output and moves it into place. */
    void finish() throws IOException;

    /**
     * Whether this sink encodes {@link Frame#yuv()}: a renderer that knows it converts frames on its
     * painting threads, so the sink's own thread only encodes.
     */
    default boolean readsYuv() {
        return false;
    }

    /** Releases resources; discards partial output unless {@link #finish()} succeeded. */
    @Override
    void close() throws IOException;
}
