package convreel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks SCENE without rendering: exit 0 if it is valid, 2 with a message if not.")
final class ValidateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SCENE", description = "The scene file (.yaml).")
    Path sceneFile;

    @Override
    public Integer call() throws Exception {
        LoadedScene loaded = LoadedScene.load(sceneFile);
        spec.commandLine().getOut().printf("%s: valid; %d beats, %.1f s, %d frames at %d fps%n", sceneFile,
                loaded.scene().beats().size(), loaded.timeline().frameCount() / (double) loaded.scene().fps(),
                loaded.timeline().frameCount(), loaded.scene().fps());
        return 0;
    }
}
