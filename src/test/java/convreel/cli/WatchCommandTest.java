package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.export.pipeline.Quality;
import convreel.render.RenderSettings;
import convreel.render.SceneOverrides;
import convreel.render.ScenePrograms;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code convreel watch}: a render on every save, the beats that changed encoded again, errors reported. */
class WatchCommandTest {
    private static final String SCENE = """
            title: "দেখা"
            image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
            kernels:
              - values: [[1, 0], [0, -1]]
            beats:
              - show: step
                at: [0, 0]
                caption: "প্রথম"
                seconds: 0.3
              - caption: "%s"
                seconds: 0.3
            """;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void eachSaveRendersTheChangedBeatAndAnErrorKeepsTheLastGoodVideo() throws Exception {
        Path scene = dir.resolve("scene.yaml");
        Files.writeString(scene, SCENE.formatted("দ্বিতীয়"));
        Path out = dir.resolve("out");
        Path video = out.resolve("scene.mp4");
        StringWriter log = new StringWriter();
        BlockingQueue<SceneWatcher.Round> rounds = new LinkedBlockingQueue<>();
        SceneWatcher watcher = new SceneWatcher(scene, out, SceneOverrides.NONE, ScenePrograms.REFUSED,
                new RenderSettings(Quality.DRAFT, true, 2), new PrintWriter(log, true), Duration.ofMillis(100), rounds::add);
        Thread loop = new Thread(() -> {
            try {
                watcher.run();
            } catch (Exception e) {
                log.write("failed: " + e);
            }
        });
        loop.start();
        try {
            SceneWatcher.Round first = next(rounds, log);
            assertEquals(List.of(0, 1), renderedBeats(first), "the first render encodes every beat");
            assertTrue(log.toString().contains("watching scene.yaml"), log.toString());
            FileTime firstVideo = Files.getLastModifiedTime(video);

            Files.writeString(scene, SCENE.formatted("দ্বিতীয়, বদলানো"));
            SceneWatcher.Round edited = next(rounds, log);
            assertEquals(List.of(scene.toAbsolutePath().normalize()), edited.changed());
            assertEquals(List.of(1), renderedBeats(edited), "only the beat whose caption changed is encoded again");
            assertTrue(log.toString().contains("beat 2 encoded, 1 reused from the cache"), log.toString());
            FileTime secondVideo = Files.getLastModifiedTime(video);
            assertTrue(secondVideo.compareTo(firstVideo) > 0, "the video was replaced");

            Files.writeString(scene, SCENE.formatted("তৃতীয়").replace("seconds: 0.3\n", "seconds: -1\n"));
            SceneWatcher.Round broken = next(rounds, log);
            assertEquals(List.of(), broken.outcomes(), "nothing rendered");
            assertTrue(broken.problem().orElseThrow().contains("scene.yaml:"), "the error says where: " + broken.problem());
            assertTrue(log.toString().contains("the scene has an error"), log.toString());
            assertEquals(secondVideo, Files.getLastModifiedTime(video), "the last good video stays");
        } finally {
            watcher.stop();
            loop.interrupt();
            loop.join(10_000);
        }
        assertTrue(watcher.awaitStopped(Duration.ofSeconds(1)), "the loop ended");
    }

    /** The watcher's next round, waiting for it as long as a slow machine may need. */
    private static SceneWatcher.Round next(BlockingQueue<SceneWatcher.Round> rounds, StringWriter log) throws InterruptedException {
        SceneWatcher.Round round = rounds.poll(60, TimeUnit.SECONDS);
        if (round == null) {
            throw new AssertionError("no round within 60 s; the watcher printed:\n" + log);
        }
        return round;
    }

    private static List<Integer> renderedBeats(SceneWatcher.Round round) {
        assertEquals(1, round.outcomes().size(), "one video: " + round);
        return round.outcomes().get(0).cacheUse().orElseThrow().renderedBeats();
    }
}
