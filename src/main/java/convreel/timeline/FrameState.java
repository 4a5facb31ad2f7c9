package convreel.timeline;

/**
 * Everything a painter needs for one frame: the beat it belongs to, how far into that beat it is,
 * how visible the beat's content is (it fades in when the picture changes), and the stage's shot.
 *
 * @param frame    zero-based frame index in the video
 * @param span     the beat this frame belongs to
 * @param progress 0 on the beat's first frame, 1 on its last
 * @param enter    opacity of content that enters with this beat, 0 to 1
 * @param caption  opacity of the caption, 0 to 1
 * @param shot     what the step and slide stage shows; {@code null} for other kinds of beat
 * @param outgoing while this beat's picture fades in over a different one, the previous beat's
 *                 finished frame, fading out; otherwise {@code null}
 */
public record FrameState(int frame, BeatSpan span, double progress, double enter, double caption, Shot shot,
        FrameState outgoing) {
}
