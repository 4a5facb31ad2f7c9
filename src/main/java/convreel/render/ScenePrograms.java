package convreel.render;

import convreel.audio.CommandTemplate;
import convreel.model.Scene;
import convreel.model.Voiceover;
import convreel.script.SceneException;
import java.util.Map;

/**
 * Whether the scene files of this run may run the programs they name. A scene file is data from
 * anyone (a colleague, a shared folder), so a program it names ({@code tts: {engine: command}}) runs
 * only when the user allows it for the run, with {@code --allow-commands} or
 * {@code CONVREEL_ALLOW_COMMANDS=1}, the way an editor asks before it trusts a workspace. The
 * built-in espeak-ng engine is always allowed: convreel runs that fixed program itself, with its
 * arguments passed without a shell, and the scene only picks the voice.
 */
public enum ScenePrograms {
    /** The user allowed the scenes' commands for this run. */
    ALLOWED,
    /** A scene that names a program is refused before anything is run or written. */
    REFUSED;

    /** The environment variable that allows commands when it is {@code 1}. */
    public static final String ENVIRONMENT = "CONVREEL_ALLOW_COMMANDS";

    /** Allowed if {@code --allow-commands} was given or {@code environment} sets {@value #ENVIRONMENT} to 1. */
    public static ScenePrograms of(boolean allowCommands, Map<String, String> environment) {
        return allowCommands || "1".equals(environment.get(ENVIRONMENT)) ? ALLOWED : REFUSED;
    }

    /** Refuses {@code scene} at the line of its command if it names a program and that is not allowed. */
    void admit(Scene scene) throws SceneException {
        if (this == ALLOWED || scene.voiceover().speech().isEmpty()
                || !(scene.voiceover().speech().get() instanceof Voiceover.Speech.Command command)) {
            return;
        }
        throw SceneException.at(command.where(), "this scene runs " + program(command) + " to speak its narration "
                + "(tts engine: command), and a scene file runs programs only when you allow it",
                "if you trust this file, run again with --allow-commands (or " + ENVIRONMENT + "=1); "
                        + "or use engine: espeak-ng, which needs no permission");
    }

    private static String program(Voiceover.Speech.Command command) {
        try {
            return "the program '" + CommandTemplate.parse(command.template()).program() + "'";
        } catch (IllegalArgumentException unreadable) {
            return "a program";
        }
    }
}
