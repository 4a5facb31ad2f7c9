package convreel.timeline;

/**
 * Everything a painter needs for one frame, every animated value already resolved: the beat, the
 * values of its cues at this frame, the stage's shot, the camera, and while the beat takes over
 * from the one before, the transition. Pictures draw these values and never compute time.
 *
 * @param frame      zero-based frame index in the video
 * @param span       the beat this frame belongs to
 * @param seconds    seconds since the beat's first frame
 * @param cues       the beat's resolved cue sheet
 * @param shot       what a stage with the sliding window shows; {@code null} for beats without one
 * @param camera     where the camera looks
 * @param transition the change from the previous beat, or {@code null} once it is complete
 * @param previous   the previous beat's last frame, as it ended, for a picture that goes on showing it
 *                   (a recap under a comparison); {@code null} in the first beat, and in the previous
 *                   beat's own previous
 * @param loopBack   on the last frames of a scene that ends in a loop, the first frame coming back;
 *                   else {@code null}
 * @param words      the caption's words this frame shows, in a scene whose captions go word by word (a
 *                   short with its captions drawn); {@code null} otherwise, and before the first word
 */
public record FrameState(int frame, BeatSpan span, double seconds, CueTimes cues, Shot shot, Camera camera,
        Transition transition, FrameState previous, LoopBack loopBack, CaptionWords.Shown words) {

    /** The value of {@code cue} on this frame (0 to 1 unless the sheet says otherwise). */
    public double cue(Cue cue) {
        return cues.value(CueKey.of(cue), seconds);
    }

    /** The value of member {@code index} of a group of cues. */
    public double cue(Cue cue, int index) {
        return cues.value(new CueKey(cue, index), seconds);
    }

    /** How far the change from the previous beat has come: 1 when there is none. */
    public double enter() {
        return transition == null ? 1 : transition.progress();
    }

    /** Opacity of the caption text (not the text itself, which is the beat's): it changes with the picture. */
    public double captionOpacity() {
        return enter();
    }

    /** The previous beat's last frame while this one takes over from it, else {@code null}. */
    public FrameState outgoing() {
        return transition == null ? null : transition.outgoing();
    }
}
