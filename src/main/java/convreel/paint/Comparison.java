package convreel.paint;

import java.util.function.IntToDoubleFunction;

/**
 * A picture that sets things side by side (strides, paddings), which the table after it can sum up
 * with a line under each panel ({@link Takeaways}) rather than in a frame of its own.
 */
interface Comparison extends BeatPicture {

    /** Whether the picture kept room for its takeaways and will draw them. */
    boolean showsTakeaways();

    /** Draws the takeaways, panel {@code i}'s as far in as {@code shown} says (0 to 1). */
    void paintTakeaways(Canvas canvas, IntToDoubleFunction shown);
}
