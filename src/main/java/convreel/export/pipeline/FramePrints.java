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
 * The {@linkplain Fingerprint fingerprints} of every frame of a timeline, taken on all painting threads
 * at once. Taking one costs a fifth of painting the frame (the painter runs, nothing is rasterised),
 * and tells which frames repeat the one before (a held pose: not painted again) and what each cached
 * segment shows.
 */
final class FramePrints {
    /** Frames a worker takes at a time: enough to keep the hand-over cheap, few enough to share the work evenly. */
    private static final int CHUNK = 32;

    private final Fingerprint[] prints;

    private FramePrints(Fingerprint[] prints) {
        this.prints = prints;
    }

    static FramePrints of(Timeline timeline, PaintWorkers workers) throws IOException {
        int frames = timeline.frameCount();
        Fingerprint[] prints = new Fingerprint[frames];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < workers.threads(); t++) {
            tasks.add(workers.executor().submit(() -> {
                FramePainter painter = workers.painter();
                FingerprintGraphics.Fingerprinter fingerprinter = new FingerprintGraphics.Fingerprinter();
                for (int start; (start = next.getAndAdd(CHUNK)) < frames; ) {
                    for (int i = start; i < Math.min(frames, start + CHUNK); i++) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null;
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
        return new FramePrints(prints);
    }

    int size() {
        return prints.length;
    }

    Fingerprint of(int frame) {
        return prints[frame];
    }

    /** Whether {@code frame} shows exactly the pixels of the frame before it. */
    boolean repeatsPrevious(int frame) {
        return frame > 0 && prints[frame].equals(prints[frame - 1]);
    }
}
