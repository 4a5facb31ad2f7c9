package convreel.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.export.mp4.SegmentCache;
import convreel.testing.SmallScenes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render removes the staging files and folders that killed renders left in its output folder and
 * cache, and only those: never one a live render, here or elsewhere, may still be writing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class StaleStagingTest {
    @TempDir
    Path dir;

    /** A process that has ended: whatever it staged is abandoned. */
    private long dead;
    /** A process that runs throughout, as another render sharing the folder would. */
    private Process live;

    @BeforeEach
    void processes() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        dead = ended.pid();
        live = new ProcessBuilder("sleep", "120").start();
    }

    @AfterEach
    void stopTheLiveOne() {
        live.destroyForcibly();
    }

    @Test
    void theNextRenderRemovesWhatDeadRendersLeftInItsFolderAndCacheAndKeepsTheRest() throws IOException {
        Path out = dir.resolve("out");
        Path segments = out.resolve(".cache/segments");
        Files.createDirectories(segments);
        Path deadVideo = file(out, ".lesson.partial-" + dead + "-" + machine() + "-0a0b0c.mp4", Duration.ZERO);
        Path deadFrames = Files.createDirectories(out.resolve("lesson/.png.partial-" + dead + "-" + machine() + "-0d0e0f"));
        file(deadFrames, "000001.png", Duration.ZERO);
        Path deadSegment = file(segments, "." + "a".repeat(64) + ".partial-" + dead + "-" + machine() + "-101112.mp4", Duration.ZERO);
        Path liveVideo = file(out, ".other.partial-" + live.pid() + "-" + machine() + "-131415.mp4", Duration.ZERO);
        Path liveSegment = file(segments, "." + "b".repeat(64) + ".partial-" + live.pid() + "-" + machine() + "-161718.mp4", Duration.ZERO);
        // The number of a process that ended long ago, now given to one that started after the file was last written.
        Path reusedNumber = file(out, ".old.partial-" + live.pid() + "-" + machine() + "-191a1b.mp4", Duration.ofHours(1));
        Path elsewhere = file(out, ".remote.partial-" + dead + "-" + otherMachine() + "-1c1d1e.mp4", Duration.ofMinutes(5));
        Path elsewhereLongAgo = file(out, ".remote.partial-" + dead + "-" + otherMachine() + "-1f2021.mp4", Duration.ofHours(7));
        Path ownerless = file(out, ".legacy.partial-1f3a9c.mp4", Duration.ofMinutes(5));
        Path video = out.resolve("lesson.mp4");

        SmallScenes.render(SmallScenes.fourBeats(dir, "x"), 2).cachedVideo(video, "veryfast",
                new SegmentCache(segments, SegmentCache.DEFAULT_LIMIT_BYTES), "convreel test", null, null, done -> { });

        assertTrue(Files.exists(video));
        for (Path gone : new Path[] {deadVideo, deadFrames, deadSegment, reusedNumber, elsewhereLongAgo}) {
            assertFalse(Files.exists(gone), gone + " was left by a render that is gone");
        }
        for (Path kept : new Path[] {liveVideo, liveSegment, elsewhere, ownerless}) {
            assertTrue(Files.exists(kept), kept + " may belong to a render still running");
        }
    }

    @Test
    void aProcessNeverSweepsAwayItsOwnStagingFiles() throws IOException {
        try (StagedOutput first = StagedOutput.file(dir.resolve("a.mp4"))) {
            Files.setLastModifiedTime(first.staging(), FileTime.from(Instant.now().minus(Duration.ofDays(1))));
            assertEquals(0, StaleStaging.sweep(dir));
            assertTrue(Files.exists(first.staging()), "written by this process, which is alive");
        }
    }

    /** This machine's tag, as the staging names of this process carry it. */
    private static String machine() {
        String[] parts = StagingNames.partial("x").split("-");
        return parts[2];
    }

    private static String otherMachine() {
        return machine().equals("000000") ? "111111" : "000000";
    }

    private static Path file(Path folder, String name, Duration age) throws IOException {
        Path file = Files.write(folder.resolve(name), new byte[100]);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }
}
