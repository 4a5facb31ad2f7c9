package convreel.audio;

/** A music file that cannot be used: missing, not a sound file, or silent. */
public final class MusicException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String hint;

    MusicException(String problem, String hint, Throwable cause) {
        super(hint.isEmpty() ? problem : problem + "; " + hint, cause);
        this.problem = problem;
        this.hint = hint;
    }

    /** What is wrong, e.g. {@code music file 'music/loop.mp3' does not exist}. */
    public String problem() {
        return problem;
    }

    /** What would fix it; empty if nothing useful can be said. */
    public String hint() {
        return hint;
    }
}
