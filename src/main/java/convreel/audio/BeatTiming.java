package convreel.audio;

import java.util.List;

/**
 * Beat lengths that follow the voice: a beat lasts its scene seconds, or as long as its voice plus a
 * short tail if that is longer, so no narration is cut off and the next beat does not start on the
 * last syllable. The animation is stretched to the new length by the timeline, never cut.
 */
public final class BeatTiming {
    /** Silence after a beat's voice before the next beat starts. */
    public static final double TAIL_SECONDS = 0.4;

    private BeatTiming() {
    }

    /**
     * Each beat's resolved seconds: {@code max(seconds[i], voice + }{@value #TAIL_SECONDS}{@code )}
     * for a beat with a voice (which ends where its last clip ends), {@code seconds[i]} for one without.
     *
     * @param seconds each beat's seconds as the scene gives them
     * @param clips   the beats' voices, a beat's phrases as clips of their own, in any order
     */
    public static double[] resolve(double[] seconds, List<NarrationClip> clips) {
        double[] resolved = seconds.clone();
        for (NarrationClip clip : clips) {
            int beat = clip.beatIndex();
            if (beat >= seconds.length) {
                throw new IllegalArgumentException("a clip is for beat " + (beat + 1) + " but there are only "
                        + seconds.length + " beats");
            }
            resolved[beat] = Math.max(resolved[beat], Pcm.seconds(clip.end()) + TAIL_SECONDS);
        }
        return resolved;
    }
}
