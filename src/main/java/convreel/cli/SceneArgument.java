package convreel.cli;

import convreel.model.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code SCENE [--format landscape|shorts|square]}: the scene file a command reads, and the frame to
 * render it to if not the one the scene names.
 */
final class SceneArgument {
    @Parameters(paramLabel = "SCENE", description = "The scene file (.yaml).")
    Path file;

    @Mixin
    FormatOption format;

    /**
     * Refuses, as a mistake on the command line, a scene file that is not there: a command that keeps
     * following the file's saves must start from one.
     */
    void requireFile(CommandLine commandLine) {
        if (!Files.isRegularFile(file)) {
            throw new CommandLine.ParameterException(commandLine, file + ": no such scene file");
        }
    }

    /** The format asked for on the command line, if any. */
    Optional<Format> format() {
        return format.chosen();
    }
}
