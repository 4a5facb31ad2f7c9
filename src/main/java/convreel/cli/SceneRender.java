package convreel.cli;

import convreel.batch.PreparedRender;
import convreel.batch.RenderResult;
import convreel.export.CompositeSink;
import convreel.export.FrameSink;
import convreel.export.Mp4Sink;
import convreel.export.PngSequenceSink;
import convreel.export.SvgSequenceSink;
import convreel.script.SceneException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * One scene file read, checked and computed, ready to render to a video: the one code path that
 * {@code convreel render} runs for its scene and {@code convreel batch} for each of its scenes. Each
 * instance has its own timeline, painter and sinks, so several can render at once on different threads.
 */
final class SceneRender implements PreparedRender {
    private final Path sceneFile;
    private final LoadedScene loaded;

    private SceneRender(Path sceneFile, LoadedScene loaded) {
        this.sceneFile = sceneFile;
        this.loaded = loaded;
    }

    /** Reads and checks {@code sceneFile}; a missing or invalid file is a {@link SceneException}. */
    static SceneRender load(Path sceneFile) throws SceneException {
        return new SceneRender(sceneFile, LoadedScene.load(sceneFile));
    }

    /** The scene's name: its file name without {@code .yaml}. */
    String name() {
        return loaded.scene().name();
    }

    /** The scene file. Voice-over and music files the scene names will join it here. */
    @Override
    public List<Path> inputs() {
        return List.of(sceneFile);
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
     * Renders the video to {@code video} and, on request, every frame as numbered PNG and SVG files
     * in {@code <name>/png/} and {@code <name>/svg/} beside it ({@code <name>} is the video's file
     * name without {@code .mp4}). All outputs appear only when complete.
     */
    RenderResult render(Path video, boolean png, boolean svg, IntConsumer progress) throws IOException {
        String stem = video.getFileName().toString().replaceFirst("\\.mp4$", "");
        Path frameFolders = video.resolveSibling(stem);
        List<FrameSink> sinks = new ArrayList<>();
        try {
            sinks.add(Mp4Sink.open(video, LoadedScene.WIDTH, LoadedScene.HEIGHT, loaded.scene().fps()));
            if (png) {
                sinks.add(PngSequenceSink.open(frameFolders.resolve("png")));
            }
            if (svg) {
                sinks.add(SvgSequenceSink.open(frameFolders.resolve("svg")));
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
        long start = System.nanoTime();
        loaded.render().video(CompositeSink.of(sinks), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new RenderResult(video, frames(), seconds(), Files.size(video), took);
    }
}
