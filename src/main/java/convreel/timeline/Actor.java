package convreel.timeline;

/**
 * Things on screen with an identity across beats. When the next beat shows an actor the previous
 * one showed, it stays on screen and moves, resizes and recolours into its new place instead of
 * fading out and in again; only what the two beats do not share fades.
 */
public enum Actor {
    /** The input image grid (padded or not). */
    INPUT,
    /** The kernel grid. */
    KERNEL,
    /** The feature map grid. */
    FEATURE_MAP,
    /** The worked arithmetic of one window position. */
    ARITHMETIC,
    /** The caption band under the stage. */
    CAPTION
}
