package convreel.model;

/**
 * How large a scene may be. A scene file is data from a stranger: every size it sets is bounded
 * here, and the loader refuses a file past any of them at the offending value, so no file can make
 * convreel exhaust memory, overflow a number or run for days. The README's "Limits" table gives the
 * reason for each value.
 */
public final class Limits {
    /** A scene file's size in bytes: 256 KiB, many times the largest example, and a few MB of parsed nodes. */
    public static final int FILE_BYTES = 256 * 1024;
    /** How deeply lists and mappings nest; a scene needs 7 (a variant's kernel's rows). */
    public static final int NESTING = 16;
    /** Rows or columns of the image: each cell is drawn with its number. */
    public static final int IMAGE_SIDE = 16;
    /**
     * Pixels of a picture file, read from its header before it is decoded: 16 megapixels, a phone
     * camera's photo, decoded into 64 MB.
     */
    public static final int PICTURE_FILE_PIXELS = 16_000_000;
    /**
     * Pixels of a picture as a scene computes with it, after {@code width:} scaled it: a 1080p frame's
     * worth. Its grey levels and a map per kernel are kept for the whole render (about 17 MB each).
     */
    public static final int PICTURE_PIXELS = 1920 * 1080;
    /** The width a picture may be scaled to: 4096 pixels, a 4K frame. */
    public static final int PICTURE_WIDTH = 4096;
    /** Rows or columns of a kernel: 7×7 is the largest kernel common CNNs use. */
    public static final int KERNEL_SIDE = 7;
    /** Zeros per side: full padding of the largest kernel; more adds windows that see only zeros. */
    public static final int PADDING = KERNEL_SIDE - 1;
    /** Cells the window moves per step: a longer hop than the largest image has one position. */
    public static final int STRIDE = IMAGE_SIDE;
    /** Kernels in one scene, each with its own feature map on screen. */
    public static final int KERNELS = 8;
    /** Strides or paddings compared side by side in one beat. */
    public static final int COMPARED = 4;
    /**
     * The size of a number written in a scene (image, weights, bias), 10^6 either way: far beyond
     * pixel values and weights, and every sum of products stays below 5·10^13, finite and exact to
     * the two decimals shown.
     */
    public static final double VALUE = 1_000_000;
    /** Beats in one scene. */
    public static final int BEATS = 150;
    /** Variants of one scene file. */
    public static final int VARIANTS = 6;
    /** Hooks rendered through one template scene: a team's batch of shorts, each checked as a scene of its own. */
    public static final int HOOKS = 50;
    /** Seconds one beat lasts. */
    public static final double BEAT_SECONDS = 300;
    /** Seconds the whole video lasts: half an hour. */
    public static final double VIDEO_SECONDS = 1800;
    /** The lowest frame rate: the 0.4 s fades still take five frames. */
    public static final int MIN_FPS = 12;
    /** The highest frame rate: what YouTube plays. */
    public static final int MAX_FPS = 60;
    /**
     * Characters in a caption: the shorts caption band holds about 155 at the smallest readable size.
     * A caption within the limit that still does not fit (one long unbroken word) is refused by the
     * layout check.
     */
    public static final int CAPTION = 150;
    /** Characters in a beat's narration: about a minute of speech. */
    public static final int NARRATION = 1000;
    /**
     * Characters in any other text shown on screen: the title, a kernel's name, a card's line, a table
     * cell, a myth or a fact. Whether several such texts fit their picture together is the layout
     * check's to say (a table's cells, side by side, hold about 30).
     */
    public static final int SHOWN_TEXT = 80;
    /** Characters in any text at all, such as a path or a speech command. */
    public static final int TEXT = 1000;

    private Limits() {
    }
}
