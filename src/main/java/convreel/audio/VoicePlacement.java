package convreel.audio;

import java.util.Objects;

/**
 * A voice clip placed on the video: it starts on the first frame of its beat.
 *
 * @param startFrame the video frame the voice starts on (the beat's first frame)
 */
public record VoicePlacement(int startFrame, NarrationClip clip) {
    public VoicePlacement {
        Objects.requireNonNull(clip, "clip");
        if (startFrame < 0) {
            throw new IllegalArgumentException("a voice starts on frame 0 or later, got " + startFrame);
        }
    }
}
