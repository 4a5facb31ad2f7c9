package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.audio.Tones;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sound track in the cache: a re-render that changed nothing heard copies the sound it encoded
 * before, and the video sounds exactly as one rendered without the cache.
 */
class SoundCacheTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");

    @TempDir
    Path dir;

    private Path sceneWithMusic() throws IOException {
        Tones.music(dir.resolve("bed.wav"), 1.7, 44_100, 2);
        String scene = Files.readString(TINY).replace("activation: relu\n",
                "activation: relu\nmusic: {file: bed.wav, volume: 0.5}\n");
        return Files.writeString(dir.resolve("lesson.yaml"), scene);
    }

    @Test
    void aReRenderReusesTheSoundAndSoundsLikeARenderWithoutTheCache() throws Exception {
        Path scene = sceneWithMusic();
        Path cached = dir.resolve("cached");
        CliRun first = CliRun.of("render", scene.toString(), "--out", cached.toString(), "--quality", "draft");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("sound mixed"), first.out());

        Files.writeString(scene, Files.readString(scene).replace("সব যোগ করলে একটি সংখ্যা", "যোগফল একটি সংখ্যা"));
        CliRun second = CliRun.of("render", scene.toString(), "--out", cached.toString(), "--quality", "draft");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("reused from the cache; sound reused"), second.out());

        Path straight = dir.resolve("straight");
        CliRun plain = CliRun.of("render", scene.toString(), "--out", straight.toString(), "--quality", "draft",
                "--no-cache");
        assertEquals(0, plain.exitCode(), plain.err());
        float[] reused = samples(cached.resolve("lesson.mp4"));
        assertEquals(3.0 * 48_000 * 2, reused.length, 2 * 1024, "the sound lasts as long as the 3 s of pictures");
        assertArrayEquals(samples(straight.resolve("lesson.mp4")), reused, 0f,
                "the copied sound decodes to exactly the samples of a sound encoded with the pictures");
    }

    @Test
    void musicRecordedAgainUnderTheSameNameIsMixedAgain() throws Exception {
        Path scene = sceneWithMusic();
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of("render", scene.toString(), "--out", out.toString(), "--quality", "draft").exitCode());
        Tones.sine(dir.resolve("bed.wav"), 1.7, 44_100, 2, 330, -12);
        CliRun again = CliRun.of("render", scene.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("all 3 beats reused from the cache; sound mixed"), again.out());
    }

    /** Every decoded sample of the file's sound, interleaved. */
    private static float[] samples(Path video) throws FrameGrabber.Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.start();
            FloatBuffer all = FloatBuffer.allocate(8 * 48_000 * 2);
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                all.put((FloatBuffer) frame.samples[0]);
            }
            float[] result = new float[all.position()];
            all.flip().get(result);
            return result;
        }
    }
}
