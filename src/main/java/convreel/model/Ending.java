package convreel.model;

/**
 * How a scene ends, a choice made for the feed, where a short plays again from its start: on its
 * last beat as written, on the first frame again, or on an end card.
 */
public enum Ending {
    /** The video stops on its last beat's last frame. */
    CUT("cut"),
    /**
     * The last moments turn into the video's first frame, so a feed that plays it again shows no
     * cut: the viewer is back at the question without noticing where the loop closed.
     */
    LOOP("loop"),
    /** The last beat is a {@code card}, its last line the one call to action. */
    CARD("card");

    private final String label;

    Ending(String label) {
        this.label = label;
    }

    /** The word a scene file uses for this ending. */
    public String label() {
        return label;
    }

    /** The ending called {@code label}, or null. */
    public static Ending byLabel(String label) {
        for (Ending ending : values()) {
            if (ending.label.equals(label)) {
                return ending;
            }
        }
        return null;
    }
}
