package convreel.cli;

import convreel.render.LoadedScene;
import convreel.render.SceneOverrides;
import convreel.render.SceneVideo;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "frame", mixinStandardHelpOptions = true,
        description = "Writes the single frame at a moment of SCENE as PNG or SVG, for a quick look.")
final class FrameCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;


    @Mixin
    AllowCommandsOption allowCommands;

    @Mixin
    SceneArgument scene;

    @Option(names = "--at", paramLabel = "SECONDS", required = true,
            description = "Time from the start of the video, in seconds: at least 0 and less than the video's length.")
    double at;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "FILE.png or FILE.svg")
    Path output;

    @Override
    public Integer call() throws Exception {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "-o " + output + ": the file must end in .png or .svg");
        }
        LoadedScene.Drawn drawn = LoadedScene.drawnIn(scene.file, SceneOverrides.format(scene.format()),
                SceneVideo.DEFAULT_CACHE, allowCommands.programs());
        LoadedScene loaded = drawn.loaded();
        Optional<String> outside = loaded.timeline().outside(at);
        if (outside.isPresent()) {
            throw new UsageException("--at " + spec.findOption("--at").originalStringValues().get(0) + ": " + outside.get());
        }
        drawn.renderer().still(at, output);
        spec.commandLine().getOut().println("wrote " + output);
        return 0;
    }
}
