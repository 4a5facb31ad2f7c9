package convreel.batch;

import convreel.render.PreparedRender;
import convreel.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the items of a batch, several at a time, and reports on each.
 *
 * <p>First every item's scene is read and checked, on the calling thread: an invalid scene is a
 * failure, an up-to-date video (see {@link Freshness}) is skipped unless forced, and the rest are
 * rendered by up to {@code jobs} worker threads, each rendering one item at a time from start to end
 * with its own painter, timeline and encoder. A failure of one item, whatever it is ({@link Error}s
 * such as running out of stack or memory included), is recorded and does not stop the others. After
 * each successful render the video's stamp is written.
 */
public final class BatchRunner {

    private final RenderPreparer renderer;
    private final int jobs;
    private final boolean force;
    private final Freshness freshness;

    /**
     * @param renderer reads and renders items
     * @param jobs how many items to render at once, at least 1
     * @param force render even the items whose video is up to date
     * @param freshness decides what is up to date and records what was rendered
     */
    public BatchRunner(RenderPreparer renderer, int jobs, boolean force, Freshness freshness) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
        if (jobs < 1) {
            throw new IllegalArgumentException("a batch needs at least 1 job, got " + jobs);
        }
        this.jobs = jobs;
        this.force = force;
    }

    /**
     * Renders {@code items} to their {@code videos} and reports on each, in the items' order. If the
     * calling thread is interrupted, the renders in progress are stopped (leaving no partial output)
     * and every item not finished is reported as failed.
     */
    public BatchReport run(List<WorkItem> items, Map<WorkItem, Path> videos, BatchProgress progress) {
        long start = System.nanoTime();
        ItemOutcome[] outcomes = new ItemOutcome[items.size()];
        List<Integer> toRender = new ArrayList<>();
        List<PreparedRender> prepared = new ArrayList<>();
        long frames = 0;
        for (int i = 0; i < items.size(); i++) {
            WorkItem item = items.get(i);
            Path video = Objects.requireNonNull(videos.get(item), () -> "no output path for " + item);
            PreparedRender job;
            try {
                job = renderer.prepare(item);
            } catch (Throwable unprepared) {
                // Errors too: a file that exhausts the stack or the heap must not end the batch.
                outcomes[i] = ItemOutcome.failed(item, video, unprepared, Duration.ZERO);
                continue;
            }
            if (!force && freshness.isUpToDate(video, job.inputs())) {
                outcomes[i] = ItemOutcome.upToDate(item, video, job.seconds(), sizeOf(video));
                continue;
            }
            toRender.add(i);
            prepared.add(job);
            frames += job.frames();
        }
        progress.started(toRender.size(), frames);
        if (!toRender.isEmpty()) {
            renderAll(items, videos, toRender, prepared, outcomes, progress);
        }
        return new BatchReport(List.of(outcomes), Duration.ofNanos(System.nanoTime() - start));
    }

    private void renderAll(List<WorkItem> items, Map<WorkItem, Path> videos, List<Integer> toRender,
            List<PreparedRender> prepared, ItemOutcome[] outcomes, BatchProgress progress) {
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(jobs, toRender.size()), new Workers());
        try {
            List<Future<ItemOutcome>> running = new ArrayList<>();
            for (int n = 0; n < toRender.size(); n++) {
                WorkItem item = items.get(toRender.get(n));
                PreparedRender job = prepared.get(n);
                running.add(workers.submit(() -> render(item, job, videos.get(item), progress)));
            }
            workers.shutdown();
            for (int n = 0; n < toRender.size(); n++) {
                int i = toRender.get(n);
                try {
                    outcomes[i] = running.get(n).get();
                } catch (ExecutionException unexpected) {
                    outcomes[i] = ItemOutcome.failed(items.get(i), videos.get(items.get(i)), unexpected.getCause(), Duration.ZERO);
                } catch (InterruptedException interrupted) {
                    stop(workers);
                    Thread.currentThread().interrupt();
                    for (int m = n; m < toRender.size(); m++) {
                        int k = toRender.get(m);
                        outcomes[k] = finishedOrInterrupted(running.get(m), items.get(k), videos.get(items.get(k)));
                    }
                    return;
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    /** Runs on a worker thread: one item from its first frame to its stamp. Never throws. */
    private ItemOutcome render(WorkItem item, PreparedRender job, Path video, BatchProgress progress) {
        long start = System.nanoTime();
        long[] done = {0};
        ItemOutcome outcome;
        try {
            RenderResult result = job.render(video, framesDone -> {
                progress.rendered(framesDone - done[0]);
                done[0] = framesDone;
            });
            freshness.recordBuilt(result.video());
            outcome = ItemOutcome.rendered(item, result);
        } catch (Throwable failure) {
            // Whatever went wrong with this item, the batch carries on and reports it at the end.
            outcome = ItemOutcome.failed(item, video, failure, Duration.ofNanos(System.nanoTime() - start));
        }
        progress.finished(outcome, outcome.status() == ItemOutcome.Status.OK ? 0 : Math.max(0, job.frames() - done[0]));
        return outcome;
    }

    /** Interrupts the renders in progress and waits a little for them to remove their partial outputs. */
    private static void stop(ExecutorService workers) {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException again) {
            Thread.currentThread().interrupt();
        }
    }

    private static ItemOutcome finishedOrInterrupted(Future<ItemOutcome> future, WorkItem item, Path video) {
        if (future.isDone() && !future.isCancelled()) {
            try {
                return future.get();
            } catch (ExecutionException | InterruptedException e) {
                // fall through: reported as interrupted
            }
        }
        return ItemOutcome.failed(item, video, new InterruptedException("the batch was interrupted"), Duration.ZERO);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** Named worker threads, so a thread dump shows which are the batch's. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "convreel-batch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
