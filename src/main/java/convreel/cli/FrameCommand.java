package convreel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "frame", mixinStandardHelpOptions = true,
        description = "Writes the single frame at a moment of SCENE as PNG or SVG, for a quick look.")
final class FrameCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    FormatOption format;

    @Parameters(paramLabel = "SCENE", description = "The scene file (.yaml).")
    Path sceneFile;

    @Option(names = "--at", paramLabel = "SECONDS", required = true, description = "Time from the start of the video, in seconds.")
    double at;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "FILE.png or FILE.svg")
    Path output;

    @Override
    public Integer call() throws Exception {
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".png") && !name.endsWith(".svg")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "-o " + output + ": the file must end in .png or .svg");
        }
        LoadedScene loaded = LoadedScene.load(sceneFile, java.util.Optional.empty(), format.chosen(), SceneRender.DEFAULT_CACHE);
        loaded.render().still(at, output);
        spec.commandLine().getOut().println("wrote " + output);
        return 0;
    }
}
