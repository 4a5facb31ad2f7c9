package convreel.export.mp4;

import java.util.Objects;

/**
 * How a video's pictures are encoded: their size, frame rate and x264 preset.
 *
 * @param width  in pixels, positive and even (yuv420p stores colour for 2×2 blocks, and FFmpeg would
 *               silently rescale an odd size)
 * @param height in pixels, positive and even
 * @param fps    frames per second, at least 2 (a GOP is half a second)
 * @param preset one of {@link Mp4Sink#PRESETS}: a slower one makes a smaller file of the same quality;
 *               a draft render may use {@code "ultrafast"}
 */
public record VideoSpec(int width, int height, int fps, String preset) {

    public VideoSpec {
        Objects.requireNonNull(preset, "preset");
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException(
                    "video size must be positive and even in both directions for yuv420p, got " + width + "×" + height);
        }
        if (fps < 2) {
            throw new IllegalArgumentException("frame rate must be at least 2 frames per second, got " + fps);
        }
        if (!Mp4Sink.PRESETS.contains(preset)) {
            throw new IllegalArgumentException("unknown x264 preset '" + preset + "'; expected one of " + Mp4Sink.PRESETS);
        }
    }

    /** A final-quality video ({@value Mp4Sink#DEFAULT_PRESET}) of this size and frame rate. */
    public static VideoSpec of(int width, int height, int fps) {
        return new VideoSpec(width, height, fps, Mp4Sink.DEFAULT_PRESET);
    }
}
