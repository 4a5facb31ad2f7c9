package convreel.paint;

/** A text with a character neither bundled font draws: on screen it would be an empty box. */
public final class MissingGlyphException extends LayoutException {
    private static final long serialVersionUID = 1L;

    private final String text;

    MissingGlyphException(String text, String problem) {
        super(problem);
        this.text = text;
    }

    /** The whole text the character is in. */
    public String text() {
        return text;
    }
}
