package convreel.cli;

import convreel.export.CompositeSink;
import convreel.export.FrameSink;
import convreel.export.Mp4Sink;
import convreel.export.PngSequenceSink;
import convreel.export.SvgSequenceSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Renders SCENE to <out>/<scene>.mp4 (H.264 High, 1080p) and, on request, numbered PNG/SVG frames.",
                "Outputs appear only when complete; a failed render leaves the previous ones in place."})
final class RenderCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENE", description = "The scene file (.yaml).")
    Path sceneFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--png", description = "Also write every frame to <out>/<scene>/png/000001.png ...")
    boolean png;

    @Option(names = "--svg", description = "Also write every frame to <out>/<scene>/svg/000001.svg ...")
    boolean svg;

    @Override
    public Integer call() throws Exception {
        LoadedScene loaded = LoadedScene.load(sceneFile);
        String name = loaded.scene().name();
        Path video = out.resolve(name + ".mp4");
        List<FrameSink> sinks = new ArrayList<>();
        try {
            sinks.add(Mp4Sink.open(video, LoadedScene.WIDTH, LoadedScene.HEIGHT, loaded.scene().fps()));
            if (png) {
                sinks.add(PngSequenceSink.open(out.resolve(name).resolve("png")));
            }
            if (svg) {
                sinks.add(SvgSequenceSink.open(out.resolve(name).resolve("svg")));
            }
        } catch (Exception e) {
            for (FrameSink opened : sinks) {
                opened.close();
            }
            throw e;
        }
        int frames = loaded.timeline().frameCount();
        long start = System.nanoTime();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Rendering " + name).setInitialMax(frames)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1).continuousUpdate().build()) {
            loaded.render().video(CompositeSink.of(sinks), bar::stepTo);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getOut().printf("wrote %s (%d frames, %.1f s of video) in %.1f s%n",
                video, frames, frames / (double) loaded.scene().fps(), seconds);
        return 0;
    }
}
