package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command end to end, on scenes of 0.2 s (6 frames) so that a batch takes about a second. */
class BatchCommandTest {
    private static final String BROKEN = """
            title: "ভাঙা"
            image: [[1, 2], [3, 4]]
            kernels:
              - values: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
            beats:
              - caption: "kernel বড়"
                seconds: 1
            """;

    @TempDir
    Path dir;

    /** A valid scene of 6 frames, told apart from others by its caption. */
    private Path scene(String file, String caption) throws Exception {
        return write(file, """
                title: "ছবি"
                image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
                kernels:
                  - values: [[1, 0], [0, -1]]
                beats:
                  - show: step
                    at: [1, 1]
                    caption: "%s"
                    seconds: 0.2
                """.formatted(caption));
    }

    private Path write(String file, String text) throws Exception {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        // Written an hour ago, so every video rendered now is newer whatever the clock's resolution.
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(3600)));
        return path;
    }

    private CliRun batch(String... args) {
        return CliRun.of(Stream.concat(Stream.of("batch"), Stream.of(args)).toArray(String[]::new));
    }

    /**
     * The videos in {@code folder}, by name, after checking that there is no other visible file (the
     * hidden .convreel stamps and .cache left out): captions burned in, the default, ship no subtitles.
     */
    private static List<String> videos(Path folder) throws Exception {
        List<String> visible;
        try (Stream<Path> files = Files.list(folder)) {
            visible = files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        }
        List<String> videos = visible.stream().filter(n -> n.endsWith(".mp4")).toList();
        assertEquals(videos, visible, "each video, nothing else");
        return videos;
    }

    /** The summary row of the scene whose path ends in {@code scene}. */
    private static String row(CliRun run, String scene) {
        return run.out().lines().filter(line -> line.split("  ")[0].strip().endsWith(scene)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + scene + " in\n" + run.out()));
    }

    private static String status(CliRun run, String scene) {
        return row(run, scene).substring(row(run, scene).indexOf(scene) + scene.length()).strip().split(" +")[0];
    }

    @Test
    void threeScenesWithABrokenOneGiveTwoVideosOneClearFailureAndExitTwo() throws Exception {
        scene("scenes/a.yaml", "প্রথম");
        Path broken = write("scenes/b.yaml", BROKEN);
        scene("scenes/c.yaml", "তৃতীয়");
        Path out = dir.resolve("out");

        CliRun run = batch(dir.resolve("scenes").toString(), "--out", out.toString(), "--jobs", "2");

        assertEquals(2, run.exitCode(), "an invalid scene file is exit 2: " + run.err());
        assertEquals(List.of("a.mp4", "c.mp4"), videos(out));
        assertEquals("ok", status(run, "a.yaml"));
        assertEquals("failed", status(run, "b.yaml"));
        assertEquals("ok", status(run, "c.yaml"));
        assertTrue(row(run, "a.yaml").matches(".*ok +0\\.2 s +[\\d.]+ kB +[\\d.]+ s +a\\.mp4"), row(run, "a.yaml"));
        assertTrue(run.out().contains("3 scenes: 2 rendered, 0 up to date, 1 failed, in "), run.out());
        assertTrue(run.err().contains("1 scene failed:\n\n" + broken + ":4:13: kernel 'kernel 1' is 3×3"), run.err());
        assertTrue(run.err().contains("      |             ^"), "the compiler-style message with its caret: " + run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        for (String video : List.of("a.mp4", "c.mp4")) {
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(out.resolve(video).toFile())) {
                grabber.start();
                assertEquals(6, grabber.getLengthInFrames(), video);
                assertEquals(1920, grabber.getImageWidth(), video);
            }
        }
    }

    @Test
    void aSecondRunSkipsUpToDateVideosForceRendersThemAndATouchedSceneRendersAlone() throws Exception {
        scene("scenes/a.yaml", "এক");
        Path b = scene("scenes/b.yaml", "দুই");
        scene("scenes/c.yaml", "তিন");
        String scenes = dir.resolve("scenes").toString();
        Path out = dir.resolve("out");

        assertEquals(0, batch(scenes, "--out", out.toString()).exitCode());
        Map<String, FileTime> first = modified(out);

        CliRun second = batch(scenes, "--out", out.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("3 scenes: 0 rendered, 3 up to date, 0 failed"), second.out());
        assertTrue(row(second, "a.yaml").matches(".*skipped +0\\.2 s +[\\d.]+ kB +– +a\\.mp4"), row(second, "a.yaml"));
        assertEquals(first, modified(out), "no video was written again");

        Files.setLastModifiedTime(b, FileTime.from(Instant.now()));
        CliRun touched = batch(scenes, "--out", out.toString());
        assertEquals(List.of("skipped", "ok", "skipped"),
                List.of(status(touched, "a.yaml"), status(touched, "b.yaml"), status(touched, "c.yaml")));
        Map<String, FileTime> third = modified(out);
        assertEquals(first.get("a.mp4"), third.get("a.mp4"));
        assertFalse(first.get("b.mp4").equals(third.get("b.mp4")), "b.mp4 was rendered again");
        assertEquals(first.get("c.mp4"), third.get("c.mp4"));

        CliRun forced = batch(scenes, "--out", out.toString(), "--force");
        assertTrue(forced.out().contains("3 scenes: 3 rendered, 0 up to date, 0 failed"), forced.out());
    }

    private static Map<String, FileTime> modified(Path folder) throws Exception {
        Map<String, FileTime> times = new TreeMap<>();
        for (String video : videos(folder)) {
            times.put(video, Files.getLastModifiedTime(folder.resolve(video)));
        }
        return times;
    }

    @Test
    void sameNamedScenesInDifferentFoldersDoNotCollide() throws Exception {
        scene("scenes/en/intro.yaml", "intro in English");
        scene("scenes/bn/intro.yaml", "বাংলায় শুরু");
        scene("scenes/outro.yaml", "শেষ");
        Path out = dir.resolve("out");

        CliRun run = batch(dir.resolve("scenes") + "/**.yaml", "--out", out.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("bn-intro.mp4", "en-intro.mp4", "outro.mp4"), videos(out));
        assertFalse(Files.mismatch(out.resolve("bn-intro.mp4"), out.resolve("en-intro.mp4")) == -1,
                "two different videos, neither overwrote the other");
    }

    @Test
    void hostileSceneFileNamesCannotWriteOutsideOut() throws Exception {
        List<String> args = new ArrayList<>();
        for (String name : new String[] {"..yaml", "...yaml", "a\nb.yaml", "x;rm -rf ~.yaml"}) {
            args.add(scene("scenes/" + name, "নাম").toString());
        }
        Path out = dir.resolve("deep/out");
        args.addAll(List.of("--out", out.toString()));

        CliRun run = batch(args.toArray(String[]::new));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("a_b.mp4", "scene-2.mp4", "scene.mp4", "x_rm -rf _.mp4"), videos(out));
        assertEquals(List.of(out), list(dir.resolve("deep")), "nothing beside the output folder");
        assertEquals(List.of(dir.resolve("deep"), dir.resolve("scenes")), list(dir), "nothing above it");
        assertFalse(run.out().contains("a\nb"), "a line break in a name does not break the table");
    }

    private static List<Path> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void oneJobAndTwoJobsWriteTheSameVideos() throws Exception {
        scene("scenes/a.yaml", "এক");
        scene("scenes/b.yaml", "দুই");
        scene("scenes/c.yaml", "তিন");
        String scenes = dir.resolve("scenes").toString();

        assertEquals(0, batch(scenes, "--out", dir.resolve("one").toString(), "--jobs", "1").exitCode());
        assertEquals(0, batch(scenes, "--out", dir.resolve("two").toString(), "--jobs", "2").exitCode());

        assertEquals(List.of("a.mp4", "b.mp4", "c.mp4"), videos(dir.resolve("one")));
        assertEquals(videos(dir.resolve("one")), videos(dir.resolve("two")));
        for (String video : videos(dir.resolve("one"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("one").resolve(video)),
                    Files.readAllBytes(dir.resolve("two").resolve(video)), video + " is the same byte for byte");
        }
    }

    @Test
    void theShardsOfABatchRenderEachSceneOnce() throws Exception {
        scene("scenes/a.yaml", "এক");
        scene("scenes/b.yaml", "দুই");
        scene("scenes/c.yaml", "তিন");
        String scenes = dir.resolve("scenes").toString();
        Path out = dir.resolve("out");

        CliRun first = batch(scenes, "--out", out.toString(), "--shard", "1/2");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(List.of("a.mp4", "c.mp4"), videos(out), "items 0 and 2 of the sorted list");
        CliRun second = batch(scenes, "--out", out.toString(), "--shard", "2/2");
        assertTrue(second.out().contains("1 scene: 1 rendered"), second.out());
        assertEquals(List.of("a.mp4", "b.mp4", "c.mp4"), videos(out));

        CliRun idle = batch(scenes, "--out", out.toString(), "--shard", "4/4");
        assertEquals(0, idle.exitCode());
        assertEquals("shard 4/4 has nothing to render: the batch has 3 scenes", idle.out().strip());
    }

    @Test
    void aRenderThatCannotWriteExitsOneEvenBesideAnInvalidScene() throws Exception {
        scene("scenes/a.yaml", "এক");
        write("scenes/b.yaml", BROKEN);
        Path out = dir.resolve("out");
        Path notAFolder = write("out/.cache", "a file where the cache folder should be");

        CliRun run = batch(dir.resolve("scenes").toString(), "--out", out.toString());

        assertEquals(1, run.exitCode(), "a failure a retry may cure outranks an invalid scene: " + run.err());
        assertEquals("failed", status(run, "a.yaml"));
        assertEquals("failed", status(run, "b.yaml"));
        assertTrue(run.err().contains("2 scenes failed:"), run.err());
        assertTrue(run.err().contains(dir.resolve("scenes/a.yaml") + ": " + notAFolder), "names what is in the way: " + run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug: " + run.err());

        CliRun debug = batch(dir.resolve("scenes").toString(), "--out", out.toString(), "--debug");
        assertTrue(debug.err().contains("java.nio.file."), debug.err());
        assertTrue(debug.err().contains("\tat "), "--debug shows where: " + debug.err());
    }

    @Test
    void badShardsPathsAndJobCountsAreUsageErrors() throws Exception {
        scene("scenes/a.yaml", "এক");
        String scenes = dir.resolve("scenes").toString();
        Path out = dir.resolve("out");
        for (String shard : new String[] {"0/3", "4/3", "x", "1/0", "2"}) {
            CliRun run = batch(scenes, "--out", out.toString(), "--shard", shard);
            assertEquals(2, run.exitCode(), shard);
            assertTrue(run.err().startsWith("Invalid value for option '--shard': "), run.err());
            assertTrue(run.err().lines().findFirst().orElseThrow().contains("expected I/"), run.err());
        }
        CliRun missing = batch(scenes, dir.resolve("scenes/nothing-here").toString(), "--out", out.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith(dir.resolve("scenes/nothing-here") + ": no such file or folder"), missing.err());
        CliRun glob = batch(dir.resolve("scenes") + "/*.yml", "--out", out.toString());
        assertEquals(2, glob.exitCode());
        assertTrue(glob.err().startsWith(dir.resolve("scenes") + "/*.yml: matches no .yaml or .yml scene files"), glob.err());
        CliRun jobs = batch(scenes, "--out", out.toString(), "--jobs", "0");
        assertEquals(2, jobs.exitCode());
        assertTrue(jobs.err().startsWith("--jobs 0: expected at least 1 job"), jobs.err());
        assertFalse(Files.exists(out), "nothing was rendered");
    }

    @Test
    void batchHasHelp() {
        CliRun run = CliRun.of("batch", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Usage: convreel batch"), run.out());
        assertTrue(run.out().contains("--shard=I/N"), run.out());
    }
}
