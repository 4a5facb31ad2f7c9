package convreel.batch;

/**
 * Hears how a batch advances, to show one progress display for the whole batch. {@link #rendered}
 * and {@link #finished} are called from worker threads, several at once: an implementation must be
 * thread-safe, and should draw from one place (for example a progress bar's own refresh thread)
 * rather than print from the callers' threads, so that lines from different workers never mix.
 */
public interface BatchProgress {

    /** Before the first render: how many items will be rendered and how many frames they have in all. Called once. */
    void started(int renders, long frames);

    /** {@code frames} more frames were rendered, by one of the workers. */
    void rendered(long frames);

    /**
     * An item finished rendering, well or not; {@code framesLeft} of its frames were not rendered
     * (none unless it failed) and will never be.
     */
    void finished(ItemOutcome outcome, long framesLeft);

    /** Shows nothing. */
    static BatchProgress silent() {
        return new BatchProgress() {
            @Override
            public void started(int renders, long frames) {
            }

            @Override
            public void rendered(long frames) {
            }

            @Override
            public void finished(ItemOutcome outcome, long framesLeft) {
            }
        };
    }
}
