package convreel.cli;

import convreel.audio.MixedAudio;
import convreel.batch.PreparedRender;
import convreel.batch.RenderResult;
import convreel.export.CompositeSink;
import convreel.export.FrameSink;
import convreel.export.Mp4Sink;
import convreel.export.PngSequenceSink;
import convreel.export.SubtitleSink;
import convreel.export.SvgSequenceSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * One scene (or variant) ready to render: the one code path that {@code convreel render} runs for
 * each scene of its file and {@code convreel batch} for each item. Each instance has its own
 * timeline, painter and sinks, so several can render at once on different threads.
 */
final class SceneRender implements PreparedRender {
    /** Where synthesised voices and temporary audio go, inside the output folder. */
    static final String CACHE = ".cache";
    /** The cache of the default output folder, for commands that write no video. */
    static final Path DEFAULT_CACHE = Path.of("output", CACHE);

    private final LoadedScene loaded;
    private final Path cache;

    SceneRender(LoadedScene loaded, Path cache) {
        this.loaded = loaded;
        this.cache = cache;
    }

    /** The scene's name: its file name without {@code .yaml}, and {@code -<variant>} for a variant. */
    String name() {
        return loaded.scene().name();
    }

    @Override
    public List<Path> inputs() {
        return loaded.inputs();
    }

    @Override
    public int frames() {
        return loaded.timeline().frameCount();
    }

    @Override
    public double seconds() {
        return frames() / (double) loaded.scene().fps();
    }

    @Override
    public RenderResult render(Path video, IntConsumer progress) throws IOException {
        return render(video, false, false, progress);
    }

    /**
     * Renders the video to {@code video}, its subtitles beside it ({@code .srt} and {@code .vtt}) and,
     * on request, every frame as numbered PNG and SVG files in {@code <name>/png/} and
     * {@code <name>/svg/} ({@code <name>} is the video's file name without {@code .mp4}). All outputs
     * appear only when complete.
     */
    RenderResult render(Path video, boolean png, boolean svg, IntConsumer progress) throws IOException {
        String stem = video.getFileName().toString().replaceFirst("\\.mp4$", "");
        Path frameFolders = video.resolveSibling(stem);
        long start = System.nanoTime();
        Optional<MixedAudio> sound = loaded.sound(cache);
        List<FrameSink> sinks = new ArrayList<>();
        try {
            sinks.add(Mp4Sink.open(video, loaded.width(), loaded.height(), loaded.scene().fps(), Mp4Sink.DEFAULT_PRESET,
                    sound.orElse(null)));
            sinks.add(SubtitleSink.open(video.resolveSibling(stem + ".srt"), video.resolveSibling(stem + ".vtt"),
                    loaded.subtitles()));
            if (png) {
                sinks.add(PngSequenceSink.open(frameFolders.resolve("png")));
            }
            if (svg) {
                sinks.add(SvgSequenceSink.open(frameFolders.resolve("svg")));
            }
        } catch (IOException | RuntimeException | Error e) {
            closeAll(sinks, sound, e);
            throw e;
        }
        try {
            loaded.render().video(CompositeSink.of(sinks), progress);
        } finally {
            if (sound.isPresent()) {
                sound.get().close();
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new RenderResult(video, frames(), seconds(), Files.size(video), took);
    }

    private static void closeAll(List<FrameSink> sinks, Optional<MixedAudio> sound, Throwable failure) {
        for (FrameSink opened : sinks) {
            try {
                opened.close();
            } catch (IOException | RuntimeException cleanup) {
                failure.addSuppressed(cleanup);
            }
        }
        try {
            if (sound.isPresent()) {
                sound.get().close();
            }
        } catch (IOException | RuntimeException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }
}
