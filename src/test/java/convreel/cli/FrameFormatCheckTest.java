package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frame} lays a scene out in the format it draws, and only that one; {@code validate} and
 * {@code render} still refuse a scene that does not fit one of the formats {@code --format} may pick.
 */
class FrameFormatCheckTest {
    /** A caption that wraps into the landscape caption band but not into the narrower square one. */
    private static final String SCENE = """
            image:
              - [1, 2, 3, 0, 1]
              - [0, 1, 2, 3, 1]
              - [1, 0, 1, 2, 3]
              - [2, 1, 0, 1, 2]
              - [1, 2, 1, 0, 1]
            kernels:
              - name: vertical edge
                values: [[1, 0, -1], [1, 0, -1], [1, 0, -1]]
            beats:
              - show: slide
                caption: "%s"
                seconds: 3
            """.formatted("W".repeat(110));
    private static final String SQUARE_PROBLEM = "wide.yaml:12:14: the caption of beat 1 does not fit the caption band of the "
            + "square frame (1080×1080)";

    @TempDir
    Path dir;
    Path scene;

    @BeforeEach
    void write() throws Exception {
        scene = Files.writeString(dir.resolve("wide.yaml"), SCENE);
    }

    @Test
    void frameDrawsTheFormatTheSceneFits() throws Exception {
        Path still = dir.resolve("landscape.png");
        CliRun run = CliRun.of("frame", scene.toString(), "--at", "1", "-o", still.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(still) > 0);
    }

    @Test
    void frameRefusesTheFormatTheSceneDoesNotFitWithNothingWritten() {
        Path still = dir.resolve("square.png");
        CliRun run = CliRun.of("frame", scene.toString(), "--at", "1", "--format", "square", "-o", still.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve(SQUARE_PROBLEM).toString()), run.err());
        assertFalse(Files.exists(still));
    }

    @Test
    void validateAndRenderStillCheckEveryFormat() {
        CliRun validate = CliRun.of("validate", scene.toString());
        assertEquals(2, validate.exitCode(), validate.out());
        assertTrue(validate.err().startsWith(dir.resolve(SQUARE_PROBLEM).toString()), validate.err());
        CliRun render = CliRun.of("render", scene.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, render.exitCode());
        assertTrue(render.err().startsWith(dir.resolve(SQUARE_PROBLEM).toString()), render.err());
    }
}
