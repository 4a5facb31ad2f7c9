package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.paint.LayoutCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code invalid/NAME.yaml} is rejected with exactly the message in {@code invalid/NAME.err.txt},
 * loaded as every command loads a scene: with the check that each beat can be laid out in every format.
 * Run with {@code -Dconvreel.rewriteExpected=true} to rewrite the expected messages on purpose,
 * then read the diff.
 */
class InvalidScenesTest {
    /** Surefire runs in the project directory, so the expected files can be rewritten in place. */
    private static final Path INVALID = Path.of("src/test/resources/script/invalid");

    static List<String> invalidScenes() throws IOException {
        try (Stream<Path> files = Files.list(INVALID)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidScenes")
    void invalidSceneIsRejectedWithItsExpectedMessage(String name) throws IOException {
        String shownAs = "invalid/" + name + ".yaml";
        SceneException error = assertThrows(SceneException.class,
                () -> SceneLoader.loadAll(INVALID.resolve(name + ".yaml"), shownAs, new LayoutCheck()));
        Path expectedFile = INVALID.resolve(name + ".err.txt");
        if (Boolean.getBoolean("convreel.rewriteExpected")) {
            Files.writeString(expectedFile, error.getMessage() + "\n", StandardCharsets.UTF_8);
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
        assertEquals(expected, error.getMessage() + "\n");
        assertEquals(shownAs, error.file());
        String firstLine = expected.lines().findFirst().orElseThrow();
        String position = error.line() > 0 ? ":" + error.line() + ":" + error.column() : "";
        assertEquals(shownAs + position + ": " + error.problem() + "; " + error.hint(), firstLine,
                "the first line is file:line:column: problem; hint");
    }

    @Test
    void everyInvalidSceneHasAnExpectedMessageAndNoMessageIsOrphaned() throws IOException {
        List<String> scenes = invalidScenes();
        try (Stream<Path> files = Files.list(INVALID)) {
            List<String> messages = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".err.txt"))
                    .map(file -> file.substring(0, file.length() - ".err.txt".length()))
                    .sorted()
                    .toList();
            assertEquals(scenes, messages);
        }
        assertTrue(scenes.size() >= 25, "one case per kind of bad input, found " + scenes.size());
    }
}
