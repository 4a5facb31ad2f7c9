package convreel.timeline;

/**
 * On the last frames of a scene that ends in a loop, the video's first frame coming back over the
 * last beat: {@code progress} of the way there (below 1 on the last frame, so the replay's first
 * frame is the step that completes it, not a repeat).
 *
 * @param first    the video's first frame
 * @param progress how far the first frame has come back, 0 to 1
 */
public record LoopBack(FrameState first, double progress) {
}
