package convreel.cli;

import convreel.render.ScenePrograms;
import picocli.CommandLine.Option;

/** {@code --allow-commands}: lets the scene files of this run run the programs they name. */
final class AllowCommandsOption {
    @Option(names = "--allow-commands", description = "Let the scene run the program its tts: command names "
            + "(engine: command). Without this (or " + ScenePrograms.ENVIRONMENT + "=1) such a scene is refused: "
            + "a scene file runs no program unless you allow it.")
    boolean allowCommands;

    ScenePrograms programs() {
        return ScenePrograms.of(allowCommands, System.getenv());
    }
}
