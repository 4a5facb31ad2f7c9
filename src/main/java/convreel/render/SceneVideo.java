package convreel.render;

import convreel.audio.MixedAudio;
import convreel.audio.Soundtrack;
import convreel.export.CompositeSink;
import convreel.export.FrameSink;
import convreel.export.image.ImageFormat;
import convreel.export.image.ImageSequenceSink;
import convreel.export.mp4.Mp4Sink;
import convreel.export.mp4.SegmentCache;
import convreel.export.mp4.VideoSpec;
import convreel.export.pipeline.CacheUse;
import convreel.export.pipeline.Quality;
import convreel.export.pipeline.TimelineRenderer;
import convreel.export.subtitle.SubtitleSink;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * One scene (or variant) ready to render: the one code path that {@code convreel render} runs for
 * each scene of its file, {@code convreel batch} for each item and {@code convreel watch} on each save.
 * Each instance has its own timeline, painters and sinks, so several can render at once on different
 * threads.
 *
 * <p>The video goes through the cache of encoded segments in {@code <out>/.cache/segments} unless the
 * settings turn it off, or PNG or SVG frames are asked for (those paint every frame anyway).
 */
public final class SceneVideo implements PreparedRender {
    /** Where synthesised voices, temporary audio and encoded segments go, inside the output folder. */
    public static final String CACHE = ".cache";
    /** The cache of the default output folder, for commands that write no video. */
    public static final Path DEFAULT_CACHE = Path.of("output", CACHE);
    /** The folder, inside {@link #CACHE}, that holds encoded segments. */
    static final String SEGMENTS = "segments";

    private final LoadedScene loaded;
    private final Path cache;
    private final RenderSettings settings;
    private final Optional<Soundtrack> sound;

    /**
     * Decodes and measures the scene's music, if any, which only a render needs: music that cannot be
     * used is the scene's error here, before anything is written.
     */
    public SceneVideo(LoadedScene loaded, Path cache, RenderSettings settings) throws SceneException {
        this.loaded = loaded;
        this.cache = cache;
        this.settings = settings;
        this.sound = loaded.soundtrack();
    }

    /** What a render wrote, and, for a cached one, which segments it encoded and which it reused. */
    public record Outcome(RenderResult result, Optional<CacheUse> cacheUse) {
    }

    /** The scene's name: its file name without {@code .yaml}, and {@code -<variant>} for a variant. */
    public String name() {
        return loaded.scene().name();
    }

    LoadedScene loaded() {
        return loaded;
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
    public RenderResult render(Path video, IntConsumer progress) throws IOException, SceneException {
        return render(video, false, false, progress).result();
    }

    /**
     * Renders the video to {@code video}, its subtitles beside it ({@code .srt} and {@code .vtt}) when
     * the scene's captions are shipped (cc or both; burned-in captions are not shipped too) and,
     * on request, every frame as numbered PNG and SVG files in {@code <name>/png/} and
     * {@code <name>/svg/} ({@code <name>} is the video's file name without {@code .mp4}). All outputs
     * appear only when complete. A beat that cannot be laid out in the frame is a scene error, found
     * before anything is mixed or written.
     */
    public Outcome render(Path video, boolean png, boolean svg, IntConsumer progress) throws IOException, SceneException {
        String stem = video.getFileName().toString().replaceFirst("\\.mp4$", "");
        long start = System.nanoTime();
        TimelineRenderer render = renderer();
        Optional<CacheUse> use = Optional.empty();
        if (settings.useCache() && !png && !svg) {
            use = Optional.of(renderCached(render, video, stem, progress));
        } else {
            try (MixedAudio mixed = sound.isPresent() ? sound.get().mix(cache) : null) {
                renderStraight(render, video, stem, png, svg, Optional.ofNullable(mixed), progress);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(new RenderResult(video, frames(), seconds(), Files.size(video), took), use);
    }

    /**
     * Encodes into the cache the segments of the beats {@code part} accepts (counted from 0), and writes
     * no video (see {@link TimelineRenderer#cachedPart}); a {@link #render} afterwards reuses them.
     */
    public CacheUse renderPart(IntPredicate part, IntConsumer progress) throws IOException, SceneException {
        return renderer().cachedPart(settings.quality().preset(), segments(), ProgramIdentity.current(),
                sound.orElse(null), cache, part, progress);
    }

    /** How many frames the beats {@code part} accepts hold. */
    public int framesOf(IntPredicate part) {
        return TimelineRenderer.framesOf(loaded.timeline(), part);
    }

    /** The cache's folder of encoded segments. */
    private SegmentCache segments() {
        return new SegmentCache(cache.resolve(SEGMENTS), SegmentCache.DEFAULT_LIMIT_BYTES);
    }

    private TimelineRenderer renderer() throws SceneException {
        return loaded.renderer(settings.quality(), settings.threads()).withEncoders(settings.encoders());
    }

    private CacheUse renderCached(TimelineRenderer render, Path video, String stem, IntConsumer progress)
            throws IOException {
        Quality quality = settings.quality();
        SegmentCache segments = segments();
        try (SubtitleSink subtitles = shipped() ? subtitles(video, stem) : null) {
            CacheUse use = render.cachedVideo(video, quality.preset(), segments,
                    ProgramIdentity.current(), sound.orElse(null), cache, progress);
            if (subtitles != null) {
                subtitles.videoHolds(frames());
                subtitles.finish();
            }
            return use;
        }
    }

    private boolean shipped() {
        return loaded.scene().captions().shipped();
    }

    private SubtitleSink subtitles(Path video, String stem) throws IOException {
        return SubtitleSink.open(video.resolveSibling(stem + ".srt"), video.resolveSibling(stem + ".vtt"), loaded.subtitles());
    }

    private void renderStraight(TimelineRenderer render, Path video, String stem, boolean png, boolean svg,
            Optional<MixedAudio> sound, IntConsumer progress) throws IOException {
        Quality quality = settings.quality();
        Path frameFolders = video.resolveSibling(stem);
        List<FrameSink> sinks = new ArrayList<>();
        try {
            VideoSpec spec = new VideoSpec(quality.size(loaded.width()), quality.size(loaded.height()), loaded.scene().fps(),
                    quality.preset());
            sinks.add(Mp4Sink.open(video, spec, sound.orElse(null)));
            if (shipped()) {
                sinks.add(subtitles(video, stem));
            }
            if (png) {
                sinks.add(ImageSequenceSink.open(frameFolders.resolve("png"), ImageFormat.PNG));
            }
            if (svg) {
                sinks.add(ImageSequenceSink.open(frameFolders.resolve("svg"), ImageFormat.SVG));
            }
        } catch (IOException | RuntimeException | Error e) {
            for (FrameSink opened : sinks) {
                try {
                    opened.close();
                } catch (IOException | RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw e;
        }
        render.video(CompositeSink.of(sinks), progress);
    }
}
