package convreel.audio;

/**
 * A text-to-speech engine that did not produce a clip: its program is missing, it exited with an
 * error, ran too long, or wrote no file.
 */
public final class TtsException extends AudioException {
    private static final long serialVersionUID = 1L;

    private final boolean programMissing;

    TtsException(String problem, String hint, boolean programMissing) {
        super(problem, hint, null);
        this.programMissing = programMissing;
    }

    /** True if the engine's program could not be started because it is not installed (not on PATH). */
    public boolean programMissing() {
        return programMissing;
    }
}
