package convreel.cli;

import convreel.export.pipeline.Quality;
import convreel.model.Captions;
import convreel.model.Format;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --quality draft|final}, {@code --no-cache} and {@code --captions burned|cc|both}: how render,
 * batch and watch make a video.
 */
final class RenderOptions {
    @Option(names = "--quality", paramLabel = "QUALITY", converter = QualityConverter.class, defaultValue = "final",
            description = "final (the scene's full frame, x264 veryfast; the default) or draft (half the width and "
                    + "height, 540p for a landscape scene, x264 ultrafast: a quick preview)")
    Quality quality = Quality.FINAL;

    @Option(names = "--no-cache", description = "Encode every frame, without reusing or storing the segments of "
            + "beats kept in <out>/.cache/segments.")
    boolean noCache;

    @Option(names = "--captions", paramLabel = "MODE", converter = CaptionsConverter.class,
            description = "burned (drawn in the picture, no subtitle files), cc (subtitle files only, no caption band) "
                    + "or both; default: the scene's captions:, else burned")
    Captions captions;

    @Option(names = "--encoders", paramLabel = "N", defaultValue = "1",
            description = "Beats encoded at once, each by its own x264 with its share of the painting threads "
                    + "(default: ${DEFAULT-VALUE}); more pays on a machine with many processors. Without the cache, one.")
    int encoders = 1;

    /** What these options change in each scene, beside the frame {@code format} asked for. */
    SceneOverrides overrides(Optional<Format> format) {
        return new SceneOverrides(format, Optional.ofNullable(captions));
    }

    /** These options, painting on {@code threads} threads. */
    RenderSettings settings(int threads) {
        if (encoders < 1) {
            throw new UsageException("--encoders " + encoders + ": expected at least 1");
        }
        return new RenderSettings(quality, !noCache, threads, encoders);
    }

    static final class CaptionsConverter extends WordConverter<Captions> {
        CaptionsConverter() {
            super("captions", Captions.values(), Captions::label, ", ");
        }
    }

    static final class QualityConverter extends WordConverter<Quality> {
        QualityConverter() {
            super("quality", Quality.values(), Quality::label, " or ");
        }
    }
}
