package convreel.timeline;

/**
 * One phrase of a beat's voice as it is heard: from {@code start} to {@code end} seconds after the
 * beat's first frame, saying {@code text}. A recorded voice file is one phrase, its narration.
 */
public record SpokenPhrase(double start, double end, String text) {

    public SpokenPhrase {
        if (!(start >= 0 && end >= start)) {
            throw new IllegalArgumentException("a phrase runs from " + start + " s to " + end + " s");
        }
        java.util.Objects.requireNonNull(text, "text");
    }
}
