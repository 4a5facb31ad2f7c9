package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Tones;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render --part I/N}: machines sharing an output folder each encode a part of one video's beats
 * into its cache, and a render of the whole then encodes nothing.
 */
class RenderPartTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");

    @TempDir
    Path out;

    @Test
    void twoPartsFillTheCacheAndTheWholeRenderOnlyJoins() throws Exception {
        CliRun first = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft", "--part", "1/2");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("part 1/2 of tiny: beats 1, 3 in " + out.resolve(".cache")), first.out());
        assertFalse(Files.exists(out.resolve("tiny.mp4")), "a part writes no video");

        CliRun second = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft", "--part", "2/2");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("part 2/2 of tiny: beat 2 in "), second.out());
        assertTrue(second.out().contains("the beat encoded"), "beat 2 only: " + second.out());

        CliRun whole = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, whole.exitCode(), whole.err());
        assertTrue(whole.out().contains("all 3 beats reused from the cache"), whole.out());
        assertTrue(Files.size(out.resolve("tiny.mp4")) > 0);
    }

    @Test
    void thePartWithTheFirstBeatMixesTheSoundAndTheJoinReusesIt() throws Exception {
        Tones.music(out.resolve("bed.wav"), 1.7, 44_100, 2);
        Path scene = Files.writeString(out.resolve("lesson.yaml"), Files.readString(TINY)
                .replace("activation: relu\n", "activation: relu\nmusic: {file: bed.wav, volume: 0.5}\n"));
        Path folder = out.resolve("out");
        CliRun second = CliRun.of("render", scene.toString(), "--out", folder.toString(), "--quality", "draft", "--part", "2/2");
        assertEquals(0, second.exitCode(), second.err());
        assertFalse(second.out().contains("sound"), "the part without beat 1 leaves the sound to the other: " + second.out());
        CliRun first = CliRun.of("render", scene.toString(), "--out", folder.toString(), "--quality", "draft", "--part", "1/2");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("sound mixed"), first.out());

        CliRun whole = CliRun.of("render", scene.toString(), "--out", folder.toString(), "--quality", "draft");
        assertEquals(0, whole.exitCode(), whole.err());
        assertTrue(whole.out().contains("all 3 beats reused from the cache; sound reused"), whole.out());
    }

    @Test
    void aPartWithFramesOrWithoutTheCacheIsAUsageError() throws Exception {
        for (String other : new String[] {"--png", "--no-cache"}) {
            CliRun run = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--part", "1/2", other);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("--part 1/2 fills the cache a later render joins from; it cannot be combined with "
                    + other), run.err());
        }
        CliRun bad = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--part", "3/2");
        assertEquals(2, bad.exitCode(), bad.err());
        assertTrue(bad.err().contains("3/2"), bad.err());
    }
}
