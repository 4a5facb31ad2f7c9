package convreel.timeline;

import java.util.Set;

/**
 * The first moments of a beat, while it takes over from the one before: what the two share stays
 * and moves into its new place; the rest of the old picture fades out in the first half, the rest of
 * the new fades in during the second, so no two texts ever sit on top of each other.
 *
 * @param outgoing the previous beat's last frame
 * @param progress 0 on the beat's first frame, 1 once the change is complete
 * @param moved    how far the shared actors have moved to their new places: they travel in the first
 *                 {@value Timeline#MOVE_SHARE} of the change, eased, so they are home before what only the new
 *                 beat shows is more than faint, and never pass over it
 * @param shared   the actors both beats show
 */
public record Transition(FrameState outgoing, double progress, double moved, Set<Actor> shared) {

    public Transition {
        shared = Set.copyOf(shared);
    }

    /** Opacity of what only the old beat shows: gone by half way. */
    public double leaving() {
        return Math.max(0, 1 - 2 * progress);
    }

    /** Opacity of what only the new beat shows: from half way on. */
    public double arriving() {
        return Math.max(0, 2 * progress - 1);
    }
}
