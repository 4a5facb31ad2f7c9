package convreel.cli;

import convreel.export.pipeline.Quality;
import convreel.render.RenderSettings;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --quality draft|final} and {@code --no-cache}: how render, batch and watch make a video. */
final class RenderOptions {
    @Option(names = "--quality", paramLabel = "QUALITY", converter = QualityConverter.class, defaultValue = "final",
            description = "final (the scene's full frame, x264 veryfast; the default) or draft (half the width and "
                    + "height, 540p for a landscape scene, x264 ultrafast: a quick preview)")
    Quality quality = Quality.FINAL;

    @Option(names = "--no-cache", description = "Encode every frame, without reusing or storing the segments of "
            + "beats kept in <out>/.cache/segments.")
    boolean noCache;

    /** These options, painting on {@code threads} threads. */
    RenderSettings settings(int threads) {
        return new RenderSettings(quality, !noCache, threads);
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
