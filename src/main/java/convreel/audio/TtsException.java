package convreel.audio;

/**
 * A text-to-speech engine that did not produce a clip: its program is missing, it exited with an
 * error, ran too long, or wrote no file. {@link #problem()} says what happened, {@link #hint()} what
 * to do about it.
 */
public final class TtsException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;
    private final boolean programMissing;

    TtsException(String problem, String hint, boolean programMissing) {
        super(hint.isEmpty() ? problem : problem + "; " + hint);
        this.problem = problem;
        this.hint = hint;
        this.programMissing = programMissing;
    }

    /** What went wrong, e.g. {@code espeak-ng is not installed}. */
    public String problem() {
        return problem;
    }

    /** What would fix it, e.g. {@code install it with: apt-get install espeak-ng}; empty if nothing to say. */
    public String hint() {
        return hint;
    }

    /** True if the engine's program could not be started because it is not installed (not on PATH). */
    public boolean programMissing() {
        return programMissing;
    }
}
