package convreel.cli;

import convreel.batch.OutputNames;
import convreel.batch.Shard;
import convreel.export.pipeline.CacheUse;
import convreel.render.LoadedScene;
import convreel.render.RenderResult;
import convreel.render.RenderSettings;
import convreel.render.SceneVideo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders SCENE to <out>/<scene>.mp4 (H.264 High; with its voice and music, if any), its "
                + "captions to <out>/<scene>.srt and .vtt, and, on request, numbered PNG/SVG frames. A scene with "
                + "variants: renders each to <out>/<scene>-<variant>.mp4.",
                "Outputs appear only when complete; a failed render leaves the previous ones in place."})
final class RenderCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SceneArgument scene;

    @Mixin
    OutputFolder output;

    @Option(names = "--png", description = "Also write every frame to <out>/<scene>/png/000001.png ...")
    boolean png;

    @Option(names = "--svg", description = "Also write every frame to <out>/<scene>/svg/000001.svg ...")
    boolean svg;

    @Option(names = "--part", paramLabel = "I/N", converter = BatchCommand.ShardConverter.class,
            description = "Encode only the I-th of N parts of the video's beats (beat k, counted from 0, is in part "
                    + "(k mod N) + 1) into <out>/.cache and write no video: N machines sharing <out> each take a part "
                    + "of one long video, and a render without --part then joins them.")
    Shard part;

    @Mixin
    RenderOptions options;

    @Mixin
    AllowCommandsOption allowCommands;

    @Override
    public Integer call() throws Exception {
        if (part != null && (png || svg || options.noCache)) {
            throw new UsageException("--part " + part + " fills the cache a later render joins from; it cannot be "
                    + "combined with " + (png ? "--png" : svg ? "--svg" : "--no-cache"));
        }
        Path out = output.checked();
        Path cache = output.cache();
        List<LoadedScene> scenes = LoadedScene.loadAll(scene.file, options.overrides(scene.format()), cache, allowCommands.programs());
        RenderSettings settings = options.settings(Runtime.getRuntime().availableProcessors());
        for (LoadedScene loaded : scenes) {
            SceneVideo scene = new SceneVideo(loaded, cache, settings);
            if (part != null) {
                renderPart(scene, out);
                continue;
            }
            // The scene's name made safe, so no file name can put the video or its frame folders elsewhere.
            Path video = OutputNames.inside(out, OutputNames.safe(scene.name()) + OutputNames.VIDEO_EXTENSION);
            RenderResult result;
            java.util.Optional<CacheUse> cacheUse;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Rendering " + scene.name())
                    .setInitialMax(scene.frames()).setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1)
                    .continuousUpdate().build()) {
                SceneVideo.Outcome outcome = scene.render(video, png, svg, bar::stepTo);
                result = outcome.result();
                cacheUse = outcome.cacheUse();
            }
            spec.commandLine().getOut().printf("wrote %s (%d frames, %.1f s of video) in %.1f s%s%n",
                    out.resolve(video.getFileName()), result.frames(), result.seconds(), result.renderTime().toNanos() / 1e9,
                    cacheUse.map(use -> "; " + CacheSummary.of(use)).orElse(""));
        }
        return 0;
    }

    private void renderPart(SceneVideo scene, Path out) throws Exception {
        IntPredicate beats = beat -> part.owns(beat);
        CacheUse use;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Rendering " + scene.name() + " part " + part)
                .setInitialMax(scene.framesOf(beats)).setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1)
                .continuousUpdate().build()) {
            use = scene.renderPart(beats, bar::stepTo);
        }
        String numbers = use.segments().stream().map(s -> Integer.toString(s.beat() + 1)).collect(Collectors.joining(", "));
        spec.commandLine().getOut().printf("part %s of %s: beat%s %s in %s (%s); a render without --part joins the video%n",
                part, scene.name(), use.segments().size() == 1 ? "" : "s", numbers.isEmpty() ? "(none)" : numbers,
                out.resolve(".cache"), CacheSummary.of(use));
    }
}
