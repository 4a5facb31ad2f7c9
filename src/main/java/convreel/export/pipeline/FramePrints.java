package convreel.export.pipeline;

import convreel.export.fingerprint.Fingerprint;
import convreel.export.fingerprint.FingerprintGraphics;
import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@linkplain Fingerprint fingerprints} of a timeline's frames, taken a run of frames at a time, on
 * all painting threads at once, when a render reaches them: a render starts encoding its first beat
 * once that beat's frames are fingerprinted, not the whole video's. Taking one costs a fifth of
 * painting the frame (the painter runs, nothing is rasterised), and tells which frames repeat the one
 * before (a held pose: not painted again) and what each cached segment shows.
 *
 * <p>Runs taken at the same time by different threads must not overlap; a print is read only by the
 * thread that had it taken, or after that thread is done.
 */
final class FramePrints {
    /** Frames a worker takes at a time: enough to keep the hand-over cheap, few enough to share the work evenly. */
    private static final int CHUNK = 32;

    private final Timeline timeline;
    private final Fingerprint[] prints;

    private FramePrints(Timeline timeline) {
        this.timeline = timeline;
        this.prints = new Fingerprint[timeline.frameCount()];
    }

    /** Room for every frame's print; none taken yet. */
    static FramePrints of(Timeline timeline) {
        return new FramePrints(timeline);
    }

    /** Every frame's print, taken now. */
    static FramePrints of(Timeline timeline, PaintWorkers workers) throws IOException {
        FramePrints prints = new FramePrints(timeline);
        prints.take(0, timeline.frameCount(), workers);
        return prints;
    }

    /** Takes the prints of frames {@code from} (inclusive) to {@code to} (exclusive) not taken yet, on {@code workers}. */
    void take(int from, int to, PaintWorkers workers) throws IOException {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < workers.threads(); t++) {
            tasks.add(workers.executor().submit(() -> {
                FramePainter painter = workers.painter();
                FingerprintGraphics.Fingerprinter fingerprinter = new FingerprintGraphics.Fingerprinter();
                for (int start; (start = next.getAndAdd(CHUNK)) < to; ) {
                    for (int i = start; i < Math.min(to, start + CHUNK); i++) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null;
                        }
                        if (prints[i] != null) {
                            continue;
                        }
                        FingerprintGraphics g = fingerprinter.start(painter.width(), painter.height());
                        painter.paint(g, timeline.at(i));
                        prints[i] = g.fingerprint();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            tasks.forEach(task -> task.cancel(true));
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("render interrupted while taking the frames' fingerprints");
        } catch (ExecutionException e) {
            tasks.forEach(task -> task.cancel(true));
            throw Failures.rethrow(e.getCause());
        }
        // Future.get() makes every print written by the workers visible here.
    }

    int size() {
        return prints.length;
    }

    Fingerprint of(int frame) {
        return requireTaken(frame);
    }

    /** Whether {@code frame} shows exactly the pixels of the frame before it; both prints must be taken. */
    boolean repeatsPrevious(int frame) {
        return frame > 0 && requireTaken(frame).equals(requireTaken(frame - 1));
    }

    private Fingerprint requireTaken(int frame) {
        Fingerprint print = prints[frame];
        if (print == null) {
            throw new IllegalStateException("the print of frame " + frame + " was not taken");
        }
        return print;
    }
}
