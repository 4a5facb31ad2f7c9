package convreel.cli;

import convreel.batch.BatchProgress;
import convreel.batch.ItemOutcome;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The one progress bar of a batch: the frames of all its renders together, and how many scenes are
 * done. Workers only update the bar's counters (which are synchronised); the bar draws itself from its
 * own refresh thread, so several workers never write to the terminal at once.
 */
final class BatchProgressBar implements BatchProgress, AutoCloseable {
    private volatile ProgressBar bar;
    private volatile int renders;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    @Override
    public void started(int renders, long frames) {
        if (renders == 0) {
            return;
        }
        this.renders = renders;
        bar = new ProgressBarBuilder().setTaskName("Rendering " + renders + (renders == 1 ? " scene" : " scenes"))
                .setInitialMax(frames).setStyle(ProgressBarStyle.ASCII).setUnit(" frames", 1).continuousUpdate().build();
        bar.setExtraMessage(message());
    }

    @Override
    public void rendered(long frames) {
        bar.stepBy(frames);
    }

    @Override
    public void finished(ItemOutcome outcome, long framesLeft) {
        done.incrementAndGet();
        if (outcome.status() == ItemOutcome.Status.FAILED) {
            failed.incrementAndGet();
        }
        synchronized (this) {
            long max = Math.max(bar.getCurrent(), bar.getMax() - framesLeft);
            if (framesLeft > 0 && max > 0) {
                // The frames a failed render will never draw leave the total, so the bar still ends at
                // 100 %; unless nothing at all was drawn, which the bar could only show as "?".
                bar.maxHint(max);
            }
            bar.setExtraMessage(message());
        }
    }

    private String message() {
        int failures = failed.get();
        return done.get() + "/" + renders + " done" + (failures > 0 ? ", " + failures + " failed" : "");
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
