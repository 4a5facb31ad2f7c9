package convreel.script;

import convreel.model.Scene;
import convreel.model.Limits;
import convreel.model.SceneCheck;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a YAML scene file into a validated {@link Scene}. Every problem is a
 * {@link SceneException} that names the file, line and column as written, says what is wrong and
 * what would be right, and quotes the line. The scene's name is the file name without
 * {@code .yaml} or {@code .yml}.
 *
 * <p>Defaults for keys left out: {@code title} "", {@code fps} 30, {@code stride} 1,
 * {@code padding} valid, {@code activation} none, a kernel's {@code bias} 0 and {@code name}
 * "kernel N" (its 1-based place in the list), a beat's {@code show} slide. Every beat needs
 * {@code caption} (it may be {@code ""}) and {@code seconds}; a step beat needs {@code at}.
 */
public final class SceneLoader {
    private SceneLoader() {
    }

    /**
     * Reads and validates the scene file at {@code file}; messages show the path as given. A scene
     * with {@code variants:} gives its first variant; {@link #loadAll} gives them all.
     */
    public static Scene load(Path file) throws SceneException {
        return load(file, file.toString());
    }

    /** Every scene the file describes: itself, or one per variant, named {@code <scene>-<variant>}. */
    public static List<Scene> loadAll(Path file) throws SceneException {
        return loadAll(file, SceneCheck.NONE);
    }

    /**
     * As {@link #loadAll(Path)}, and each scene passes {@code check} too; a problem it finds is
     * reported at the line of the beat it is about.
     */
    public static List<Scene> loadAll(Path file, SceneCheck check) throws SceneException {
        return loadAll(file, file.toString(), check);
    }

    static List<Scene> loadAll(Path file, String shownAs, SceneCheck check) throws SceneException {
        return parse(read(file, shownAs), shownAs, sceneName(file), folderOf(file), check);
    }

    /** As {@link #load(Path)}, but messages call the file {@code shownAs} (tests use this for stable names). */
    static Scene load(Path file, String shownAs) throws SceneException {
        return loadAll(file, shownAs, SceneCheck.NONE).get(0);
    }

    /** Validates scene text as though it had been read from {@code file}, which is only used for names. */
    public static Scene parse(String text, Path file) throws SceneException {
        requireSize(text.getBytes(StandardCharsets.UTF_8).length, file.toString());
        return parse(text, file.toString(), sceneName(file), folderOf(file), SceneCheck.NONE).get(0);
    }

    /** {@code folder} is where paths in the scene (voice and music files) are relative to. */
    static List<Scene> parse(String text, String shownAs, String name, Path folder, SceneCheck check)
            throws SceneException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        SourceText source = new SourceText(shownAs, body);
        Node root = compose(body, source);
        return new SceneReader(source, folder, check).readAll(root, name);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /** The file name without its {@code .yaml} or {@code .yml} extension. */
    public static String sceneName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "scene" : fileName.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".yaml", ".yml"}) {
            if (lower.endsWith(extension) && name.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    private static String read(Path file, String shownAs) throws SceneException {
        if (Files.isDirectory(file)) {
            throw SceneException.aboutFile(shownAs, "this is a directory, not a scene file", directoryHint(file, shownAs));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A pipe or a device would be read forever, or block.
            throw SceneException.aboutFile(shownAs, "this is not a regular file (a pipe, socket or device)",
                    "give the path of a .yaml scene file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // One byte past the limit is enough to know the file is too large, however large it is.
            bytes = in.readNBytes(Limits.FILE_BYTES + 1);
        } catch (NoSuchFileException missing) {
            throw SceneException.aboutFile(shownAs, "no such scene file", "check the path");
        } catch (AccessDeniedException denied) {
            throw SceneException.aboutFile(shownAs, "cannot read the scene file: permission denied",
                    "check the file's permissions");
        } catch (IOException failed) {
            throw SceneException.aboutFile(shownAs, "cannot read the scene file: " + failed.getMessage(),
                    "check that the path names a readable file");
        }
        requireSize(bytes.length, shownAs);
        return decode(bytes, shownAs);
    }

    private static void requireSize(long bytes, String shownAs) throws SceneException {
        if (bytes > Limits.FILE_BYTES) {
            throw SceneException.aboutFile(shownAs, "the scene file is larger than the limit of " + Limits.FILE_BYTES
                    + " bytes (256 KiB)", "split it into several scene files");
        }
    }

    private static String directoryHint(Path directory, String shownAs) {
        try (Stream<Path> children = Files.list(directory)) {
            Optional<String> example = children
                    .map(child -> child.getFileName().toString())
                    .filter(child -> child.endsWith(".yaml") || child.endsWith(".yml"))
                    .sorted()
                    .findFirst();
            return example.map(child -> "give the path of a scene file in it, such as " + Path.of(shownAs).resolve(child))
                    .orElse("give the path of a .yaml scene file");
        } catch (IOException | RuntimeException unlistable) {
            return "give the path of a .yaml scene file";
        }
    }

    /** Strict UTF-8: a bad byte is reported at its line and column rather than silently replaced. */
    private static String decode(byte[] bytes, String shownAs) throws SceneException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = new String(bytes, 0, offset, StandardCharsets.UTF_8);
            String[] lines = before.split("\r\n|\r|\n", -1);
            String last = lines[lines.length - 1];
            String shown = new String(bytes, StandardCharsets.UTF_8);
            throw new SourceText(shownAs, shown).at(lines.length, last.codePointCount(0, last.length()) + 1,
                    String.format(Locale.ROOT, "the file is not UTF-8 text (byte 0x%02X)", bytes[offset] & 0xFF),
                    "save the scene file as UTF-8");
        }
        out.flip();
        return out.toString();
    }

    private static Node compose(String text, SourceText source) throws SceneException {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source.shownAs())
                .setSchema(new CoreSchema())
                .build();
        try {
            requireShallow(new Parse(settings).parseString(text), source);
            return new Compose(settings).composeString(text).orElseThrow(() -> SceneException.aboutFile(
                    source.shownAs(), "the scene file is empty", "write image:, kernels: and beats: in it"));
        } catch (MarkedYamlEngineException syntax) {
            throw YamlSyntaxError.of(syntax, source);
        } catch (ReaderException badCharacter) {
            throw badCharacter(badCharacter, text, source);
        } catch (YamlEngineException other) {
            throw SceneException.aboutFile(source.shownAs(), "this is not valid YAML: " + other.getMessage(),
                    "check the file's YAML syntax");
        }
    }

    /**
     * The composer builds the tree recursively, so a file nested thousands deep would overflow its
     * stack; the parser's events are read flat first, and nesting past the limit is refused where it starts.
     */
    private static void requireShallow(Iterable<Event> events, SourceText source) throws SceneException {
        int depth = 0;
        for (Event event : events) {
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    depth++;
                    if (depth > Limits.NESTING) {
                        SceneException tooDeep = event.getStartMark()
                                .map(mark -> source.at(mark, "lists and mappings nest more than " + Limits.NESTING
                                        + " deep here", "a scene needs at most 7 levels; close the brackets sooner"))
                                .orElseGet(() -> SceneException.aboutFile(source.shownAs(),
                                        "lists and mappings nest more than " + Limits.NESTING + " deep", ""));
                        throw tooDeep;
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> { }
            }
        }
    }

    private static SceneException badCharacter(ReaderException bad, String text, SourceText source) {
        int index = text.offsetByCodePoints(0, Math.min(bad.getPosition(), text.codePointCount(0, text.length())));
        String[] lines = text.substring(0, index).split("\r\n|\r|\n", -1);
        String last = lines[lines.length - 1];
        return source.at(lines.length, last.codePointCount(0, last.length()) + 1,
                String.format(Locale.ROOT, "the character U+%04X is not allowed in YAML", bad.getCodePoint()),
                "remove it, or write it as an escape such as \\u%04X inside double quotes".formatted(bad.getCodePoint()));
    }
}
