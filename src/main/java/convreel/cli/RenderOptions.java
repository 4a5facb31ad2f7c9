package convreel.cli;

import convreel.export.pipeline.Quality;
import convreel.model.Captions;
import convreel.model.Format;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import java.util.Arrays;
import java.util.Optional;
import picocli.CommandLine;
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

    /** What these options change in each scene, beside the frame {@code format} asked for. */
    SceneOverrides overrides(Optional<Format> format) {
        return new SceneOverrides(format, Optional.ofNullable(captions));
    }

    /** These options, painting on {@code threads} threads. */
    RenderSettings settings(int threads) {
        return new RenderSettings(quality, !noCache, threads);
    }

    static final class CaptionsConverter implements CommandLine.ITypeConverter<Captions> {
        @Override
        public Captions convert(String value) {
            Captions captions = Captions.byLabel(value);
            if (captions == null) {
                throw new CommandLine.TypeConversionException("unknown captions '" + value + "'; use "
                        + String.join(", ", Arrays.stream(Captions.values()).map(Captions::label).toList()));
            }
            return captions;
        }
    }

    static final class QualityConverter implements CommandLine.ITypeConverter<Quality> {
        @Override
        public Quality convert(String value) {
            Quality quality = Quality.byLabel(value);
            if (quality == null) {
                throw new CommandLine.TypeConversionException("unknown quality '" + value + "'; use "
                        + String.join(" or ", Arrays.stream(Quality.values()).map(Quality::label).toList()));
            }
            return quality;
        }
    }
}
