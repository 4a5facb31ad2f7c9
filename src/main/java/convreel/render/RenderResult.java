package convreel.render;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What one render produced.
 *
 * @param video the video file written
 * @param frames the frames in it
 * @param seconds how long it plays
 * @param bytes its size on disk
 * @param renderTime how long painting and encoding took
 */
public record RenderResult(Path video, int frames, double seconds, long bytes, Duration renderTime) {

    public RenderResult {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(renderTime, "renderTime");
        if (frames < 0 || seconds < 0 || bytes < 0 || renderTime.isNegative()) {
            throw new IllegalArgumentException("a render result cannot be negative: " + frames + " frames, "
                    + seconds + " s, " + bytes + " bytes, " + renderTime);
        }
    }
}
