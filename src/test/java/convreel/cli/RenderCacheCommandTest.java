package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quality} and the cache of encoded beats, as render and batch use them. */
class RenderCacheCommandTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");

    @TempDir
    Path out;

    @Test
    void aSecondRenderReusesEveryBeatFromTheCache() {
        CliRun first = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("all 3 beats encoded"), first.out());
        CliRun second = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("all 3 beats reused from the cache"), second.out());
        assertTrue(Files.isDirectory(out.resolve(".cache/segments")));
    }

    @Test
    void draftQualityRendersHalfTheWidthAndHeight() throws Exception {
        CliRun run = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.resolve("tiny.mp4").toFile())) {
            grabber.start();
            assertEquals(960, grabber.getImageWidth());
            assertEquals(540, grabber.getImageHeight());
            assertEquals(3.0, grabber.getLengthInTime() / 1e6, 1.0 / 30, "the same length as a final render");
        }
    }

    @Test
    void noCacheEncodesEveryFrameAndKeepsNoSegments() throws Exception {
        CliRun run = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "draft", "--no-cache");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("cache"), run.out());
        assertTrue(Files.isRegularFile(out.resolve("tiny.mp4")));
        assertFalse(Files.exists(out.resolve(".cache/segments")));
    }

    @Test
    void anUnknownQualityIsAUsageError() {
        CliRun run = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--quality", "best");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("unknown quality 'best'; use draft or final"), run.err());
    }

    @Test
    void aDraftBatchNeverPassesForAnUpToDateFinalVideo() throws Exception {
        Path scenes = Files.createDirectories(out.resolve("scenes"));
        Path scene = Files.copy(TINY, scenes.resolve("tiny.yaml"));
        Files.setLastModifiedTime(scene, FileTime.from(Instant.now().minusSeconds(3600)));
        Path videos = out.resolve("videos");
        CliRun draft = CliRun.of("batch", scenes.toString(), "--out", videos.toString(), "--quality", "draft");
        assertEquals(0, draft.exitCode(), draft.err());
        CliRun again = CliRun.of("batch", scenes.toString(), "--out", videos.toString(), "--quality", "draft");
        assertTrue(again.out().contains("skipped"), "the same draft is up to date: " + again.out());
        CliRun fin = CliRun.of("batch", scenes.toString(), "--out", videos.toString());
        assertEquals(0, fin.exitCode(), fin.err());
        assertFalse(fin.out().contains("skipped"), "a final batch renders over the draft: " + fin.out());
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(videos.resolve("tiny.mp4").toFile())) {
            grabber.start();
            assertEquals(1920, grabber.getImageWidth());
        }
    }
}
