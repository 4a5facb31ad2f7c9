package convreel.model;

/**
 * Where a scene's captions go: burned into the picture, shipped beside the video as subtitle files
 * (SRT and VTT) for the player's CC button, or both. Never both by default: a viewer who turns CC on
 * over burned-in captions reads every line twice.
 */
public enum Captions {
    /** Drawn in the frame; no subtitle files. The default. */
    BURNED("burned", true, false),
    /** Subtitle files only; the frame draws no caption band. */
    CC("cc", false, true),
    /** Drawn in the frame and shipped as subtitle files. */
    BOTH("both", true, true);

    private final String label;
    private final boolean drawn;
    private final boolean shipped;

    Captions(String label, boolean drawn, boolean shipped) {
        this.label = label;
        this.drawn = drawn;
        this.shipped = shipped;
    }

    /** The word a scene file and the command line use for this mode. */
    public String label() {
        return label;
    }

    /** Whether the picture draws the captions. */
    public boolean drawn() {
        return drawn;
    }

    /** Whether {@code <scene>.srt} and {@code <scene>.vtt} are written beside the video. */
    public boolean shipped() {
        return shipped;
    }

    /** The mode called {@code label}, or null. */
    public static Captions byLabel(String label) {
        for (Captions captions : values()) {
            if (captions.label.equals(label)) {
                return captions;
            }
        }
        return null;
    }
}
