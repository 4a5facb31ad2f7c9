package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import convreel.model.Limits;
import convreel.paint.LayoutCheck;
import convreel.testing.SeedScene;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scene files written to hurt: each ends in a {@link SceneException} that says where and why, never a
 * {@code StackOverflowError}, an {@code OutOfMemoryError}, a hang or a scene that renders something
 * else than it says. The time bound is generous (a loaded CI machine); it catches a hang or a
 * runaway allocation, not a slow path.
 */
class HostileScenesTest {
    /** Far above what any of these takes; a file that hangs or allocates its way to gigabytes passes it. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final String IMAGE = SeedScene.YAML;
    private static final String BEATS = """
            beats:
              - caption: "Kernel বাম থেকে ডানে যায়"
                seconds: 3
            """;

    @TempDir
    Path folder;

    /** Loads {@code text} from a file in the test's folder as every command does, within the bound. */
    private SceneException refused(String text) throws IOException {
        Path file = Files.writeString(folder.resolve("hostile.yaml"), text, StandardCharsets.UTF_8);
        return refusedFile(file);
    }

    private SceneException refusedFile(Path file) {
        return assertTimeoutPreemptively(BOUND,
                () -> assertThrows(SceneException.class, () -> SceneLoader.loadAll(file, "hostile.yaml", new LayoutCheck())));
    }

    private static String firstLine(SceneException error) {
        return error.getMessage().lines().findFirst().orElseThrow();
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("4 KB of nested [", "image: " + "[".repeat(4096) + "\n",
                        "hostile.yaml:1:23: lists and mappings nest more than 16 deep here"),
                Arguments.of("4 KB of nested {", "image: " + "{a: ".repeat(1024) + "\n",
                        "hostile.yaml:1:68: lists and mappings nest more than 16 deep here"),
                Arguments.of("nesting by indentation", nestedByIndentation(40),
                        "hostile.yaml:17:33: lists and mappings nest more than 16 deep here"),
                Arguments.of("padding of a billion", IMAGE + "padding: 1000000000\n" + BEATS,
                        "hostile.yaml:9:10: padding is 1000000000, more than the limit of 6 zeros per side"),
                Arguments.of("padding past an int", IMAGE + "padding: 99999999999999999999\n" + BEATS,
                        "hostile.yaml:9:10: padding is 99999999999999999999, too large"),
                Arguments.of("seconds: 1e9", IMAGE + "beats:\n  - {caption: x, seconds: 1e9}\n",
                        "hostile.yaml:10:27: beat 1 lasts 1e9 seconds, more than the limit of 300"),
                Arguments.of("seconds: 1e999999999", IMAGE + "beats:\n  - {caption: x, seconds: 1e999999999}\n",
                        "hostile.yaml:10:27: seconds of beat 1 is 1e999999999, too large to compute with"),
                Arguments.of("a value of 1e308", IMAGE.replace("[1, 2, 3, 0, 1]", "[1, 2, 1e308, 0, 1]") + BEATS,
                        "hostile.yaml:2:12: row 1, column 3 of image is 1e308, outside the limit of -1000000 to 1000000"),
                Arguments.of("a hex number of 200 000 digits",
                        IMAGE.replace("[1, 2, 3, 0, 1]", "[1, 2, 0x" + "f".repeat(200_000) + ", 0, 1]") + BEATS,
                        "hostile.yaml:2:12: row 1, column 3 of image is a number 200002 characters long, more than the limit of 100"),
                Arguments.of("an image of 10 000 cells",
                        "image: [" + ("[" + "1, ".repeat(99) + "1], ").repeat(100) + "]\n" + BEATS,
                        "hostile.yaml:1:4841: this is row 17 of image, more than the limit of 16 rows"),
                Arguments.of("a billion laughs", billionLaughs(),
                        "hostile.yaml:2:5: row 2, column 1 of image is a list, not a number"),
                Arguments.of("an alias of itself", "image: &a [*a]\n" + BEATS,
                        "hostile.yaml:1:8: row 1, column 1 of image is a list, not a number"),
                Arguments.of("a caption of 60 000 characters",
                        IMAGE + "beats:\n  - caption: \"" + "ক".repeat(60_000) + "\"\n    seconds: 3\n",
                        "hostile.yaml:10:14: caption of beat 1 is 60000 characters long, more than the limit of 1000"),
                Arguments.of("a null byte in a title", "title: \"a\\0b\"\n" + IMAGE + BEATS,
                        "hostile.yaml:1:8: title contains the control character U+0000"),
                Arguments.of("an escape sequence in a caption",
                        IMAGE + "beats:\n  - caption: \"\\e[2J cleared\"\n    seconds: 3\n",
                        "hostile.yaml:10:14: caption of beat 1 contains the control character U+001B"),
                Arguments.of("a line separator in a caption",
                        IMAGE + "beats:\n  - caption: \"one\\u2028two\"\n    seconds: 3\n",
                        "hostile.yaml:10:14: caption of beat 1 contains a line break"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void hostileTextIsRefusedWithItsPositionAndLimit(String attack, String text, String expectedStart) throws IOException {
        SceneException error = refused(text);
        assertTrue(firstLine(error).startsWith(expectedStart), attack + ": " + firstLine(error));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithoutReadingItAll() throws IOException {
        Path file = folder.resolve("huge.yaml");
        byte[] comment = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (int kib = 0; kib < 1024; kib++) {
                out.write(comment);
            }
        }
        SceneException error = refusedFile(file);
        assertEquals("hostile.yaml: the scene file is larger than the limit of " + Limits.FILE_BYTES
                + " bytes (256 KiB); split it into several scene files", error.getMessage());
    }

    @Test
    void aPipeInsteadOfASceneFileIsRefusedWithoutWaitingForIt() throws Exception {
        Path pipe = pipe(folder.resolve("pipe.yaml"));
        SceneException error = refusedFile(pipe);
        assertEquals("hostile.yaml: this is not a regular file (a pipe, socket or device); give the path of a .yaml scene file",
                error.getMessage());
    }

    @Test
    void aPipeAsAVoiceFileIsRefusedAtItsLine() throws Exception {
        pipe(folder.resolve("voice.wav"));
        SceneException error = refused(IMAGE + "beats:\n  - caption: x\n    voice: voice.wav\n    seconds: 3\n");
        assertEquals("hostile.yaml:11:12: voice file 'voice.wav' is not a regular file (a pipe, socket or device); "
                + "give the path of a sound file", firstLine(error));
    }

    @Test
    void aDanglingLinkAsMusicIsRefusedAtItsLine() throws IOException {
        Files.createSymbolicLink(folder.resolve("loop.ogg"), folder.resolve("gone.ogg"));
        SceneException error = refused(IMAGE + "music: {file: loop.ogg}\n" + BEATS);
        assertEquals("hostile.yaml:9:15: music file 'loop.ogg' is a link to a file that does not exist; "
                + "point the link at an existing file, or give the file's own path", firstLine(error));
    }

    @Test
    void aLinkThatLeadsOutOfTheScenesFolderIsRefused(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.wav"), "not yours");
        Files.createSymbolicLink(folder.resolve("voice.wav"), secret);
        SceneException error = refused(IMAGE + "beats:\n  - caption: x\n    voice: voice.wav\n    seconds: 3\n");
        assertEquals("hostile.yaml:11:12: voice file 'voice.wav' leads out of the scene file's folder through a link; "
                + "copy the file into the scene file's folder", firstLine(error));
    }

    @Test
    void pathsResolveAgainstTheScenesFolderWhateverTheWorkingDirectory() throws IOException, SceneException {
        Files.createDirectories(folder.resolve("voices"));
        Path clip = Files.writeString(folder.resolve("voices/one.wav"), "RIFF");
        Path file = Files.writeString(folder.resolve("narrated.yaml"),
                IMAGE + "beats:\n  - caption: x\n    voice: voices/one.wav\n    seconds: 3\n");
        List<Path> files = SceneLoader.loadAll(file, "narrated.yaml", new LayoutCheck()).get(0).voiceover().files();
        assertEquals(List.of(clip.toAbsolutePath().normalize()), files);
    }

    private static Path pipe(Path where) throws Exception {
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", where.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available");
            return where;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(where), "mkfifo made no pipe");
        return where;
    }

    /** {@code depth} mappings, each indented two more spaces than the one it is in. */
    private static String nestedByIndentation(int depth) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < depth; level++) {
            text.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        return text.append("  ".repeat(depth)).append("v\n").toString();
    }

    /** Rows of nine aliases of the row before: 9^6 cells if anything expanded them. */
    private static String billionLaughs() {
        StringBuilder text = new StringBuilder("image:\n  - &l0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n");
        for (int level = 1; level < 6; level++) {
            String previous = "*l" + (level - 1);
            text.append("  - &l").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
        }
        return text + "kernels:\n  - values: [[1]]\n" + BEATS;
    }
}
