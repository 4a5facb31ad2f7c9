package convreel.cli;

import convreel.model.Format;
import java.nio.file.Path;
import java.util.Optional;
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

    /** The format asked for on the command line, if any. */
    Optional<Format> format() {
        return format.chosen();
    }
}
