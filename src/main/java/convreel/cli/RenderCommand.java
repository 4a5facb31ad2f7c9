package convreel.cli;

import convreel.batch.OutputNames;
import convreel.export.pipeline.CacheUse;
import convreel.render.LoadedScene;
import convreel.render.RenderResult;
import convreel.render.RenderSettings;
import convreel.render.SceneVideo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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


    @Mixin
    RenderOptions options;

    @Mixin
    AllowCommandsOption allowCommands;

    @Override
    public Integer call() throws Exception {
        Path out = output.checked();
        Path cache = output.cache();
        List<LoadedScene> scenes = LoadedScene.loadAll(scene.file, options.overrides(scene.format()), cache, allowCommands.programs());
        RenderSettings settings = options.settings(Runtime.getRuntime().availableProcessors());
        for (LoadedScene loaded : scenes) {
            SceneVideo scene = new SceneVideo(loaded, cache, settings);
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
}
