package convreel.audio;

/**
 * A beat whose voice cannot be had: its voice file is missing or unreadable, or the text-to-speech
 * engine failed. The message names the beat (counted from 1); {@link #problem()} and {@link #hint()}
 * are the parts without it, for a caller that reports the beat's place in the scene file instead.
 */
public final class NarrationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int beatIndex;
    private final String problem;
    private final String hint;
    private final boolean programMissing;

    NarrationException(int beatIndex, String problem, String hint, boolean programMissing, Throwable cause) {
        super("beat " + (beatIndex + 1) + ": " + problem + (hint.isEmpty() ? "" : "; " + hint), cause);
        this.beatIndex = beatIndex;
        this.problem = problem;
        this.hint = hint;
        this.programMissing = programMissing;
    }

    static NarrationException of(int beatIndex, TtsException failure) {
        return new NarrationException(beatIndex, failure.problem(), failure.hint(), failure.programMissing(), failure);
    }

    /** The beat's position in the scene, from 0. */
    public int beatIndex() {
        return beatIndex;
    }

    /** What is wrong, e.g. {@code voice file 'voices/beat3.mp3' does not exist}. */
    public String problem() {
        return problem;
    }

    /** What would fix it; empty if nothing useful can be said. */
    public String hint() {
        return hint;
    }

    /**
     * True if the text-to-speech program is not installed. For espeak-ng the {@link #hint()} is
     * {@value TtsEngine.EspeakNg#INSTALL_HINT}.
     */
    public boolean programMissing() {
        return programMissing;
    }
}
