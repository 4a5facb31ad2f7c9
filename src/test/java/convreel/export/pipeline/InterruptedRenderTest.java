package convreel.export.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.ConvreelProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render stopped by {@code SIGTERM} (what {@code kill}, a container runtime or Ctrl-C's sibling
 * sends) while it writes: the previous outputs stay byte for byte, and no staging file or folder is
 * left in the output folder or the cache.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class InterruptedRenderTest {
    /** SIGTERM's number; a JVM that ran its shutdown hooks for it exits with 128 + 15. */
    private static final int KILLED_BY_SIGTERM = 143;

    @TempDir
    Path dir;

    @Test
    void aRenderStoppedWhileEncodingSegmentsLeavesThePreviousOutputsAndNoStagingFiles() throws Exception {
        Path out = dir.resolve("out");
        Map<Path, byte[]> previous = previousOutputs(out, List.of("lesson.mp4", "lesson.srt", "lesson.vtt"));
        Path scene = ConvreelProcess.scene(dir, "lesson", 2.5);
        ConvreelProcess render = ConvreelProcess.start(dir, "render", scene.toString(), "--out", out.toString(),
                "--quality", "draft");
        Path segments = out.resolve(".cache/segments");
        stopWhen(render, () -> stagingIn(segments) > 0);

        assertUnchanged(previous);
        assertEquals(List.of(), ConvreelProcess.stagingUnder(out), "nothing half-written in the output folder or the cache");
    }

    @Test
    void aRenderStoppedWhileWritingPngFramesLeavesNoFolderOfThem() throws Exception {
        Path out = dir.resolve("out");
        Map<Path, byte[]> previous = previousOutputs(out, List.of("lesson.mp4", "lesson/png/000001.png"));
        Path scene = ConvreelProcess.scene(dir, "lesson", 2.5);
        ConvreelProcess render = ConvreelProcess.start(dir, "render", scene.toString(), "--out", out.toString(),
                "--quality", "draft", "--png");
        Path frames = out.resolve("lesson");
        stopWhen(render, () -> framesStaged(frames) >= 5);

        assertUnchanged(previous);
        assertEquals(List.of(), ConvreelProcess.stagingUnder(out), "no half-written frame folder nor video");
    }

    /** Waits until {@code ready} (the render is mid-way), then sends SIGTERM and waits for the end. */
    private static void stopWhen(ConvreelProcess render, BooleanSupplier ready) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!ready.getAsBoolean()) {
            assertTrue(render.isAlive(), () -> "the render ended before it could be stopped: " + render.err());
            assertTrue(System.nanoTime() < deadline, "the render did not get under way");
            Thread.sleep(10);
        }
        render.terminate();
        assertEquals(KILLED_BY_SIGTERM, render.await(60), () -> "stopped by the signal, not finished: " + render.out());
    }

    private static Map<Path, byte[]> previousOutputs(Path out, List<String> names) throws IOException {
        Map<Path, byte[]> previous = new TreeMap<>();
        Random random = new Random(7);
        for (String name : names) {
            byte[] bytes = new byte[4096];
            random.nextBytes(bytes);
            Path file = out.resolve(name);
            Files.createDirectories(file.getParent());
            previous.put(Files.write(file, bytes), bytes);
        }
        return previous;
    }

    private static void assertUnchanged(Map<Path, byte[]> previous) throws IOException {
        for (Map.Entry<Path, byte[]> output : previous.entrySet()) {
            assertArrayEquals(output.getValue(), Files.readAllBytes(output.getKey()), output.getKey() + " is as it was");
        }
    }

    private static long stagingIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().contains(".partial-")).count();
        } catch (IOException notYet) {
            return 0;
        }
    }

    private static long framesStaged(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.getParent().getFileName().toString().startsWith(".png.partial-")).count();
        } catch (IOException | java.io.UncheckedIOException notYet) {
            return 0;
        }
    }
}
