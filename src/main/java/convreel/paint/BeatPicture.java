package convreel.paint;

import convreel.timeline.Actor;
import convreel.timeline.FrameState;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * What one beat shows. Built once per beat, so layouts, computed maps and shaped text are ready
 * before the first frame; {@link #paint} then draws any frame of the beat from its state alone,
 * reading the values of the beat's cues and never computing time.
 */
interface BeatPicture {

    void paint(Canvas canvas, FrameState state);

    /** Whether the caption band shows under this picture; cards that are all text leave it out. */
    default boolean captioned() {
        return true;
    }

    /**
     * Where this picture puts each actor it draws through {@link Canvas#actor}: when the next or
     * previous beat shows the same actor, it moves between the two places.
     */
    default Map<Actor, Rectangle2D> actors() {
        return Map.of();
    }

    /**
     * Whether this picture goes on showing {@code before}, the previous beat's picture, as it ended:
     * then the change between the two is no change at all.
     */
    default boolean continues(BeatPicture before) {
        return false;
    }

    /** What the camera moves in on when it focuses on the window, or {@code null} if there is no window. */
    default Rectangle2D window(FrameState state) {
        return null;
    }
}
