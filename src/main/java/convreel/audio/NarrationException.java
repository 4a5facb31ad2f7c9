package convreel.audio;

/**
 * A beat whose voice cannot be had: its voice file is missing or unreadable, or the text-to-speech
 * engine failed. The message names the beat (counted from 1); {@link #problem()} and {@link #hint()}
 * are the parts without it, for a caller that reports the beat's place in the scene file instead.
 */
public final class NarrationException extends AudioException {
    private static final long serialVersionUID = 1L;

    private final int beatIndex;
    private final boolean programMissing;

    NarrationException(int beatIndex, String problem, String hint, boolean programMissing, Throwable cause) {
        super(problem, hint, cause);
        this.beatIndex = beatIndex;
        this.programMissing = programMissing;
    }

    static NarrationException of(int beatIndex, TtsException failure) {
        return new NarrationException(beatIndex, failure.problem(), failure.hint(), failure.programMissing(), failure);
    }

    @Override
    public String getMessage() {
        return "beat " + (beatIndex + 1) + ": " + super.getMessage();
    }

    /** The beat's position in the scene, from 0. */
    public int beatIndex() {
        return beatIndex;
    }

    /**
     * True if the text-to-speech program is not installed. For espeak-ng the {@link #hint()} is
     * {@value TtsEngine.EspeakNg#INSTALL_HINT}.
     */
    public boolean programMissing() {
        return programMissing;
    }
}
