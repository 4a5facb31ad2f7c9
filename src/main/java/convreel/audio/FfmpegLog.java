package convreel.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

/** FFmpeg's process-wide log level, set once for the audio stage: errors only. */
final class FfmpegLog {
    static {
        // Demuxers and filters describe every stream they open at the default level; only errors
        // are worth showing while rendering.
        av_log_set_level(AV_LOG_ERROR);
    }

    private FfmpegLog() {
    }

    /** Applies the settings; cheap to call again. */
    static void quiet() {
        // the static initialiser does the work, once
    }
}
