package convreel.paint;

import convreel.timeline.FrameState;

/**
 * What one beat shows. Built once per beat, so layouts, computed maps and shaped text are ready
 * before the first frame; {@link #paint} then draws any frame of the beat from its state alone.
 */
interface BeatPicture {

    void paint(Canvas canvas, FrameState state);

    /** Whether the caption band shows under this picture; cards that are all text leave it out. */
    default boolean captioned() {
        return true;
    }
}
