package convreel.cli;

import convreel.model.Format;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --format landscape|shorts|square}: render to another frame than the scene names. */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", converter = Converter.class,
            description = "landscape (1920×1080), shorts (1080×1920) or square (1080×1080); default: the scene's format:")
    Format format;

    Optional<Format> chosen() {
        return Optional.ofNullable(format);
    }

    static final class Converter extends WordConverter<Format> {
        Converter() {
            super("format", Format.values(), Format::label, ", ");
        }
    }
}
