package convreel.cli;

import convreel.model.Scene;
import convreel.render.LoadedScene;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks SCENE (and each of its variants) without rendering or speaking: exit 0 if it is valid, "
                + "2 with a message if not. A scene that runs a program (tts engine: command) is refused, as render "
                + "refuses it, unless --allow-commands; validate itself never runs it.")
final class ValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENE", description = "The scene file (.yaml).")
    Path sceneFile;

    @picocli.CommandLine.Mixin
    AllowCommandsOption allowCommands;

    @Override
    public Integer call() throws Exception {
        for (Scene scene : LoadedScene.validated(sceneFile, allowCommands.programs())) {
            spec.commandLine().getOut().printf("%s: %s is valid; %d beats, %.1f s before any voice, %s %d×%d at %d fps%n",
                    sceneFile, scene.name(), scene.beats().size(), scene.seconds(), scene.format().label(),
                    scene.format().width(), scene.format().height(), scene.fps());
        }
        return 0;
    }
}
