package convreel.audio;

/**
 * A sound the video cannot have: a voice or music file that is missing or unreadable, a text-to-speech
 * engine that failed. {@link #problem()} says what is wrong and {@link #hint()} what would fix it, so a
 * caller that knows where in the scene the sound was asked for can report them at that place.
 */
public abstract class AudioException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;

    AudioException(String problem, String hint, Throwable cause) {
        super(hint.isEmpty() ? problem : problem + "; " + hint, cause);
        this.problem = problem;
        this.hint = hint;
    }

    /** What is wrong, e.g. {@code voice file 'voices/beat3.mp3' does not exist}. */
    public String problem() {
        return problem;
    }

    /** What would fix it, e.g. {@code install it with: apt-get install espeak-ng}; empty if nothing useful can be said. */
    public String hint() {
        return hint;
    }
}
