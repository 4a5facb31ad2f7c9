package convreel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.batch.ItemOutcome.Status;
import convreel.render.PreparedRender;
import convreel.render.RenderResult;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with a fake renderer: failures, skipping, concurrency and progress, without painting a frame. */
class BatchRunnerTest {
    private static final int FRAMES = 10;

    @TempDir
    Path dir;

    private final Freshness freshness = new Freshness("test-program");
    private final FakeRenderer renderer = new FakeRenderer();

    private List<WorkItem> scenes(String... names) throws IOException {
        List<WorkItem> items = new ArrayList<>();
        for (String name : names) {
            Path scene = dir.resolve("scenes").resolve(name);
            Files.createDirectories(scene.getParent());
            Files.writeString(scene, "title: " + name);
            Files.setLastModifiedTime(scene, FileTime.from(Instant.now().minusSeconds(3600)));
            items.add(WorkItem.whole(scene));
        }
        return items;
    }

    private BatchReport run(List<WorkItem> items, int jobs, boolean force, BatchProgress progress) {
        Map<WorkItem, Path> videos = OutputNames.assign(items, dir.resolve("out"));
        return new BatchRunner(renderer, jobs, force, freshness).run(items, videos, progress);
    }

    private static List<Status> statuses(BatchReport report) {
        return report.outcomes().stream().map(ItemOutcome::status).toList();
    }

    @Test
    void errorsWhilePreparingOrRenderingFailOnlyTheirOwnItem() throws Exception {
        List<WorkItem> items = scenes("a.yaml", "overflows.yaml", "starves.yaml", "d.yaml");
        BatchReport report = run(items, 2, false, new CountingProgress());

        assertEquals(List.of(Status.OK, Status.FAILED, Status.FAILED, Status.OK), statuses(report));
        assertEquals(Set.of("a.mp4", "d.mp4"), renderer.written);
        assertEquals(items.get(1).label() + ": ran out of stack space (StackOverflowError); this is a fault in convreel, "
                + "please report it with the scene", report.outcomes().get(1).message().orElseThrow());
        assertEquals(items.get(2).label() + ": ran out of memory (Java heap space); render it with fewer --jobs, or give "
                + "Java more memory, as in CONVREEL_JAVA_OPTS=-Xmx1g ./convreel ...", report.outcomes().get(2).message().orElseThrow());
        assertTrue(report.hasRenderFailures(), "not the scene's fault as far as the runner can tell: a retry may help");
        StringWriter table = new StringWriter();
        SummaryTable.write(report, new PrintWriter(table, true));
        assertTrue(table.toString().contains("4 scenes: 2 rendered, 0 up to date, 2 failed"), table.toString());
    }

    @Test
    void oneBadSceneAndOneFailingRenderDoNotStopTheOthers() throws Exception {
        List<WorkItem> items = scenes("a.yaml", "broken.yaml", "c.yaml", "explodes.yaml", "e.yaml");
        CountingProgress progress = new CountingProgress();
        BatchReport report = run(items, 2, false, progress);

        assertEquals(List.of(Status.OK, Status.FAILED, Status.OK, Status.FAILED, Status.OK), statuses(report));
        assertEquals(Set.of("a.mp4", "c.mp4", "e.mp4"), renderer.written);
        assertTrue(report.hasInvalidScenes());
        assertTrue(report.hasRenderFailures());
        ItemOutcome broken = report.outcomes().get(1);
        assertTrue(broken.invalidScene());
        assertTrue(broken.message().orElseThrow().startsWith(items.get(1).scene() + ":2:1: invalid YAML"), broken.message().orElseThrow());
        ItemOutcome exploded = report.outcomes().get(3);
        assertFalse(exploded.invalidScene());
        assertEquals(items.get(3).label() + ": disk full", exploded.message().orElseThrow());
        assertFalse(Files.exists(dir.resolve("out/explodes.mp4")));

        assertEquals(4, progress.renders.get(), "the invalid scene is never started");
        assertEquals(4 * FRAMES, progress.planned.get());
        assertEquals(3 * FRAMES + 4, progress.rendered.get(), "explodes.yaml drew 4 frames");
        assertEquals(FRAMES - 4, progress.abandoned.get(), "and will never draw the other 6");
        assertEquals(4, progress.finished.get());
    }

    @Test
    void onlyInvalidScenesIsNotARenderFailure() throws Exception {
        BatchReport report = run(scenes("a.yaml", "broken.yaml"), 1, false, BatchProgress.silent());
        assertTrue(report.hasInvalidScenes());
        assertFalse(report.hasRenderFailures());
    }

    @Test
    void anUnexpectedFailureIsReportedWithItsKind() throws Exception {
        BatchReport report = run(scenes("crashes.yaml", "b.yaml"), 2, false, BatchProgress.silent());
        assertEquals(List.of(Status.FAILED, Status.OK), statuses(report));
        assertTrue(report.hasRenderFailures());
        assertTrue(report.outcomes().get(0).message().orElseThrow().endsWith("crashes.yaml: IllegalStateException: a bug"),
                report.outcomes().get(0).message().orElseThrow());
    }

    @Test
    void upToDateVideosAreSkippedUnlessForced() throws Exception {
        List<WorkItem> items = scenes("a.yaml", "b.yaml", "c.yaml");
        assertEquals(List.of(Status.OK, Status.OK, Status.OK), statuses(run(items, 2, false, BatchProgress.silent())));
        assertEquals(3, renderer.renders.get());

        CountingProgress progress = new CountingProgress();
        BatchReport again = run(items, 2, false, progress);
        assertEquals(List.of(Status.SKIPPED, Status.SKIPPED, Status.SKIPPED), statuses(again));
        assertEquals(3, renderer.renders.get(), "nothing rendered the second time");
        assertEquals(0, progress.renders.get());
        ItemOutcome skipped = again.outcomes().get(0);
        assertEquals(FRAMES / 10.0, skipped.seconds());
        assertEquals(Files.size(dir.resolve("out/a.mp4")), skipped.bytes());

        Files.setLastModifiedTime(items.get(1).scene(), FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(List.of(Status.SKIPPED, Status.OK, Status.SKIPPED), statuses(run(items, 2, false, BatchProgress.silent())));
        assertEquals(4, renderer.renders.get(), "only the touched scene");

        assertEquals(List.of(Status.OK, Status.OK, Status.OK), statuses(run(items, 2, true, BatchProgress.silent())));
        assertEquals(7, renderer.renders.get());
    }

    @Test
    void aNewConvreelRendersEverythingAgain() throws Exception {
        List<WorkItem> items = scenes("a.yaml");
        run(items, 1, false, BatchProgress.silent());
        Map<WorkItem, Path> videos = OutputNames.assign(items, dir.resolve("out"));
        BatchReport upgraded = new BatchRunner(renderer, 1, false, new Freshness("test-program v2"))
                .run(items, videos, BatchProgress.silent());
        assertEquals(List.of(Status.OK), statuses(upgraded));
    }

    @Test
    void severalScenesRenderAtOnceUpToJobs() throws Exception {
        List<WorkItem> items = scenes("a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml");
        renderer.together = new CountDownLatch(2);
        BatchReport two = run(items, 2, true, BatchProgress.silent());
        assertEquals(List.of(Status.OK, Status.OK, Status.OK, Status.OK, Status.OK), statuses(two));
        assertEquals(2, renderer.peak.get(), "two workers rendered at the same time, never more");

        renderer.together = null;
        renderer.peak.set(0);
        run(items, 1, true, BatchProgress.silent());
        assertEquals(1, renderer.peak.get(), "one job renders one scene at a time");
    }

    @Test
    void theSummaryHasARowPerSceneAndTheTotals() throws Exception {
        List<WorkItem> items = scenes("a.yaml", "b.yaml");
        run(items.subList(0, 1), 1, false, BatchProgress.silent());
        List<WorkItem> withBroken = new ArrayList<>(items);
        withBroken.addAll(scenes("broken.yaml"));
        BatchReport report = run(withBroken, 1, false, BatchProgress.silent());
        StringWriter text = new StringWriter();
        SummaryTable.write(report, new PrintWriter(text));
        String[] lines = text.toString().split("\n");
        assertEquals(5, lines.length, text.toString());
        assertTrue(lines[0].matches("scene +status +video +size +render +output"), lines[0]);
        assertTrue(lines[1].matches(".*a\\.yaml +skipped +1\\.0 s +\\d+ B +– +a\\.mp4"), lines[1]);
        assertTrue(lines[2].matches(".*b\\.yaml +ok +1\\.0 s +\\d+ B +\\d+\\.\\d s +b\\.mp4"), lines[2]);
        assertTrue(lines[3].matches(".*broken\\.yaml +failed +– +– +– +broken\\.mp4"), lines[3]);
        assertTrue(lines[4].matches("3 scenes: 1 rendered, 1 up to date, 1 failed, in \\d+\\.\\d s"), lines[4]);
        assertEquals(lines[0].indexOf("status"), lines[3].indexOf("failed"), "columns line up");
    }

    @Test
    void sizesAndDurationsReadNaturally() {
        assertEquals("999 B", SummaryTable.size(999));
        assertEquals("32.3 kB", SummaryTable.size(32_301));
        assertEquals("4.1 MB", SummaryTable.size(4_100_000));
        assertEquals("1.2 s", SummaryTable.duration(Duration.ofMillis(1234)));
        assertEquals("2:05 min", SummaryTable.duration(Duration.ofSeconds(125)));
        assertEquals(3, SummaryTable.width("কীভ"), "a vowel sign takes no column of its own");
    }

    /** Renders a few bytes instead of a video; the scene's file name says how it should go wrong. */
    private static final class FakeRenderer implements RenderPreparer {
        final Set<String> written = ConcurrentHashMap.newKeySet();
        final AtomicInteger renders = new AtomicInteger();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger peak = new AtomicInteger();
        volatile CountDownLatch together;

        @Override
        public PreparedRender prepare(WorkItem item) throws SceneException {
            Path scene = item.scene();
            String name = scene.getFileName().toString();
            if (name.startsWith("broken")) {
                SceneLoader.parse("title: [\n", scene);
            }
            if (name.startsWith("overflows")) {
                throw new StackOverflowError();
            }
            return new PreparedRender() {
                @Override
                public List<Path> inputs() {
                    return List.of(scene);
                }

                @Override
                public int frames() {
                    return FRAMES;
                }

                @Override
                public double seconds() {
                    return FRAMES / 10.0;
                }

                @Override
                public RenderResult render(Path video, IntConsumer progress) throws IOException {
                    renders.incrementAndGet();
                    peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        CountDownLatch latch = together;
                        if (latch != null) {
                            latch.countDown();
                            latch.await(5, TimeUnit.SECONDS);
                        }
                        if (name.startsWith("crashes")) {
                            throw new IllegalStateException("a bug");
                        }
                        if (name.startsWith("starves")) {
                            throw new OutOfMemoryError("Java heap space");
                        }
                        for (int frame = 1; frame <= FRAMES; frame++) {
                            if (name.startsWith("explodes") && frame == 5) {
                                throw new IOException("disk full");
                            }
                            progress.accept(frame);
                        }
                        Files.createDirectories(video.getParent());
                        Files.writeString(video, "video of " + name);
                        written.add(video.getFileName().toString());
                        return new RenderResult(video, FRAMES, seconds(), Files.size(video), Duration.ofMillis(5));
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    } finally {
                        running.decrementAndGet();
                    }
                }
            };
        }
    }

    private static final class CountingProgress implements BatchProgress {
        final AtomicInteger renders = new AtomicInteger();
        final AtomicLong planned = new AtomicLong();
        final AtomicLong rendered = new AtomicLong();
        final AtomicLong abandoned = new AtomicLong();
        final AtomicInteger finished = new AtomicInteger();

        @Override
        public void started(int renders, long frames) {
            this.renders.set(renders);
            planned.set(frames);
        }

        @Override
        public void rendered(long frames) {
            rendered.addAndGet(frames);
        }

        @Override
        public void finished(ItemOutcome outcome, long framesLeft) {
            abandoned.addAndGet(framesLeft);
            finished.incrementAndGet();
        }
    }
}
