package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Tones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Music is decoded only by the commands that mix it: a render refuses music it cannot use at the
 * {@code music:} line, before writing anything, while {@code frame} and {@code inspect}, which neither
 * play nor time it, draw and time the scene without it.
 */
class UnusableMusicTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");
    /** The line {@code music:} is written on: the one after {@code activation: relu}, line 13 of tiny.yaml. */
    private static final String MUSIC_LINE = "lesson.yaml:14:";

    @TempDir
    Path dir;

    private Path sceneWithMusic(String file) throws IOException {
        String scene = Files.readString(TINY).replace("activation: relu\n",
                "activation: relu\nmusic: {file: " + file + ", volume: 0.5}\n");
        return Files.writeString(dir.resolve("lesson.yaml"), scene);
    }

    @Test
    void musicThatDoesNotDecodeStopsARenderAtItsLineWithNoVideoWritten() throws Exception {
        Files.writeString(dir.resolve("bed.ogg"), "these bytes are not Ogg Vorbis");
        Path scene = sceneWithMusic("bed.ogg");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve(MUSIC_LINE)
                + "15: music file '" + dir.resolve("bed.ogg") + "' cannot be decoded"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(0, videos(out), "no video, not even a part of one");
    }

    @Test
    void silentMusicStopsARenderAtItsLine() throws Exception {
        Tones.silence(dir.resolve("bed.wav"), 1, 44_100, 2);
        CliRun run = CliRun.of("render", sceneWithMusic("bed.wav").toString(), "--out", dir.resolve("out").toString(),
                "--quality", "draft");
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith(dir.resolve(MUSIC_LINE) + "15: music file '" + dir.resolve("bed.wav") + "' is silent"),
                run.err());
    }

    @Test
    void frameAndInspectDrawAndTimeASceneWhoseMusicIsNotReadyYet() throws Exception {
        Files.writeString(dir.resolve("bed.ogg"), "still being recorded");
        Path scene = sceneWithMusic("bed.ogg");
        Path still = dir.resolve("still.png");
        CliRun frame = CliRun.of("frame", scene.toString(), "--at", "2.2", "-o", still.toString());
        assertEquals(0, frame.exitCode(), frame.err());
        assertTrue(Files.size(still) > 0);
        CliRun inspect = CliRun.of("inspect", scene.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, inspect.exitCode(), inspect.err());
    }

    private static long videos(Path out) throws IOException {
        if (!Files.exists(out)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().contains(".mp4")).count();
        }
    }
}
