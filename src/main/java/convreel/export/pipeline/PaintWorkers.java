package convreel.export.pipeline;

import convreel.paint.FramePainter;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The threads one render paints on. Each thread builds its own {@link FramePainter} from the factory
 * the first time it paints, so no painter, text layout or glyph vector is ever used by two threads at
 * once: the JDK's {@code TextLayout} fills caches inside its glyph vectors on first draw without
 * synchronising, and a painter per thread keeps that question out of the picture. The painters are
 * built from the same scene, so they draw the same frames (fingerprints prove it frame by frame).
 */
final class PaintWorkers implements AutoCloseable {
    private static final AtomicInteger RENDERS = new AtomicInteger();

    private final ThreadLocal<FramePainter> painters;
    private final FramePainter callerPainter;
    private final ExecutorService executor;
    private final int threads;

    /**
     * Starts {@code threads} painting threads. The calling thread gets a painter too, built here: the
     * one it replays frames with on a sink's own canvas (SVG).
     */
    PaintWorkers(Supplier<FramePainter> factory, int threads) {
        Objects.requireNonNull(factory, "factory");
        if (threads < 1) {
            throw new IllegalArgumentException("painting needs at least 1 thread, got " + threads);
        }
        this.threads = threads;
        this.painters = ThreadLocal.withInitial(factory);
        this.callerPainter = factory.get();
        int render = RENDERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "convreel-paint-" + render + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    /** The calling worker thread's own painter. */
    FramePainter painter() {
        return painters.get();
    }

    /** The painter of the thread that created these workers; only that thread may use it. */
    FramePainter callerPainter() {
        return callerPainter;
    }

    /** The width of the frames the painters draw, in pixels. */
    int width() {
        return callerPainter.width();
    }

    /** The height of the frames the painters draw, in pixels. */
    int height() {
        return callerPainter.height();
    }

    ExecutorService executor() {
        return executor;
    }

    /** Stops the workers, interrupting any that still run, and waits for them to end. */
    @Override
    public void close() {
        stopAndWait(executor);
    }

    /**
     * Interrupts {@code executor}'s threads and waits until they have ended, however long that takes: a
     * thread still writing into shared canvases or native memory must be gone before they are reused or
     * freed. An interrupt while waiting is kept for the caller, not acted on (acting on it at once would
     * make every further wait fail at once, a loop that spins).
     */
    static void stopAndWait(ExecutorService executor) {
        executor.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
