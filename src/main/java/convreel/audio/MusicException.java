package convreel.audio;

/** A music file that cannot be used: missing, not a sound file, or silent. */
public final class MusicException extends AudioException {
    private static final long serialVersionUID = 1L;

    MusicException(String problem, String hint, Throwable cause) {
        super(problem, hint, cause);
    }
}
