package convreel.audio;

import java.util.Objects;

/**
 * A voice clip placed on the video: it starts on the first frame of its beat, plus the clip's
 * offset within the beat.
 *
 * @param beatFrame the video frame its beat starts on
 */
public record VoicePlacement(int beatFrame, NarrationClip clip) {
    public VoicePlacement {
        Objects.requireNonNull(clip, "clip");
        if (beatFrame < 0) {
            throw new IllegalArgumentException("a voice starts on frame 0 or later, got " + beatFrame);
        }
    }

    /** The {@link Pcm} sample the clip starts on, in a video of {@code fps} frames a second. */
    public long startSample(int fps) {
        return Pcm.sampleAtFrame(beatFrame, fps) + clip.offset();
    }
}
