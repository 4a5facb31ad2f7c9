package convreel.model;

/** The frame a scene is rendered to, each with its own layout. */
public enum Format {
    /** 16:9, 1920×1080: long-form YouTube. */
    LANDSCAPE("landscape", 1920, 1080),
    /** 9:16, 1080×1920: Shorts, Reels and other phone-first feeds. */
    SHORTS("shorts", 1080, 1920),
    /** 1:1, 1080×1080. */
    SQUARE("square", 1080, 1080);

    private final String label;
    private final int width;
    private final int height;

    Format(String label, int width, int height) {
        this.label = label;
        this.width = width;
        this.height = height;
    }

    /** The word a scene file and the command line use for this format. */
    public String label() {
        return label;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The format called {@code label}, or null. */
    public static Format byLabel(String label) {
        for (Format format : values()) {
            if (format.label.equals(label)) {
                return format;
            }
        }
        return null;
    }
}
