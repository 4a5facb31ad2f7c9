package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import convreel.export.pipeline.Quality;
import convreel.render.ScenePrograms;
import convreel.render.RenderSettings;

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
        SceneWatcher watcher = new SceneWatcher(scene, out, Optional.empty(), ScenePrograms.REFUSED, new RenderSettings(Quality.DRAFT, true, 2),
                new PrintWriter(log, true), Duration.ofMillis(100));
        Thread loop = new Thread(() -> {
            try {
                watcher.run();
            } catch (Exception e) {
                log.write("failed: " + e);
            }
        });
        loop.start();
        try {
            waitFor(() -> log.toString().contains("watching scene.yaml"), log);
            assertTrue(log.toString().contains("all 2 beats encoded"), log.toString());
            FileTime first = Files.getLastModifiedTime(video);

            Files.writeString(scene, SCENE.formatted("দ্বিতীয়, বদলানো"));
            waitFor(() -> log.toString().contains("beat 2 encoded, 1 reused from the cache"), log);
            assertTrue(log.toString().contains("scene.yaml changed"), log.toString());
            FileTime second = Files.getLastModifiedTime(video);
            assertTrue(second.compareTo(first) > 0, "the video was replaced");

            Files.writeString(scene, SCENE.formatted("তৃতীয়").replace("seconds: 0.3\n", "seconds: -1\n"));
            waitFor(() -> log.toString().contains("the scene has an error"), log);
            assertTrue(log.toString().contains("scene.yaml:"), "the error says where: " + log);
            assertEquals(second, Files.getLastModifiedTime(video), "the last good video stays");
        } finally {
            watcher.stop();
            loop.interrupt();
            loop.join(10_000);
        }
        assertTrue(watcher.awaitStopped(Duration.ofSeconds(1)), "the loop ended");
    }

    private static void waitFor(BooleanSupplier condition, StringWriter log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; the watcher printed:\n" + log);
            }
            Thread.sleep(50);
        }
    }
}
