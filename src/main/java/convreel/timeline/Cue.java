package convreel.timeline;

/**
 * The names of everything that moves. A beat kind's cue sheet ({@link CueSheets}) says when each of
 * its cues runs; a picture asks the frame's state for a cue's value and draws it. Indexed cues come
 * in groups, one member per row, line, kernel or window position ({@code row 1}, {@code row 2} …).
 */
public enum Cue {
    /** The title and its accent bar. */
    TITLE(false),
    /** The question on screen. */
    HOOK(false),
    /** One line of a card. */
    LINE(true),
    /** The image as grey pixels. */
    IMAGE(false),
    /** The pixels turning into their numbers. */
    NUMBERS(false),
    /** The kernel arriving. */
    KERNEL(false),
    /** A kernel's column appearing (patterns, kernels). */
    COLUMN(true),
    /** A kernel's response or map filling in (patterns, kernels). */
    RESPONSE(true),
    /** The sliding window travelling to window position i (slide, hook). */
    MOVE(true),
    /** The products of window position i written out one by one (step, slide, formula). */
    PRODUCTS(true),
    /** The sum of window position i. */
    SUM(true),
    /** The sum flying into its feature-map cell. */
    LAND(true),
    /** The feature map's colours as heat (featuremap). */
    HEAT(false),
    /** The strongest response traced back to its window. */
    TRACE(false),
    /** The maps stacked into one multi-channel output. */
    STACK(false),
    /** A stride pass sweeping the image; the first kernel sweeping down a photo (photo). */
    SWEEP(false),
    /** Output sizes and costs written under the strides. */
    COST(false),
    /** The ring of zeros appearing. */
    RING(false),
    /** The kernel visiting the padded corner, the zeros multiplying. */
    CORNER(false),
    /** One padding's output appearing. */
    OUTPUT(true),
    /** The "same" output's inner part shown equal to "valid". */
    INNER(false),
    /** A formula written out (activation, formula). */
    FORMULA(false),
    /** The activation's graph drawn. */
    GRAPH(false),
    /** The activation acting: negative cells dropping to 0. */
    ACTIVATE(false),
    /** The window appearing on the image (step, slide, formula). */
    WINDOW(false),
    /** The bias term. */
    BIAS(false),
    /** The result of the formula. */
    RESULT(false),
    /** A table row, a myth, a fact. */
    ROW(true),
    /** A myth being struck through. */
    STRIKE(true),
    /** A myth's fact. */
    FACT(true),
    /** A footnote or note appearing. */
    NOTE(false),
    /** The legend of value colours. */
    LEGEND(false),
    /** A photo closing in on its patch until its pixels are numbered cells (photo). */
    CLOSE_UP(false),
    /** A photo pulled back to stand beside its feature maps (photo). */
    WIDE(false),
    /** The camera moving in on the work. */
    ZOOM_IN(false),
    /** The camera pulling back to the whole stage. */
    ZOOM_OUT(false),
    /** A slow push of the camera while the viewer reads. */
    PUSH(false),
    /** The caption band's text revealed word by word, in reading order. */
    CAPTION(false);

    private final boolean indexed;

    Cue(boolean indexed) {
        this.indexed = indexed;
    }

    /** Whether this cue comes in a group of numbered members. */
    public boolean indexed() {
        return indexed;
    }

    /** The name a scene or {@code inspect} uses: lower case, words joined by '-'. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
