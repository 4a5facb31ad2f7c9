package convreel.export.subtitle;

import java.util.Objects;

/**
 * One beat as subtitles see it: its text, the frames it spans, and the frame its voice ends on. The
 * text is split into {@link SubtitleCue}s of at most two caption lines, which share the spoken part
 * ({@code startFrame .. speechEndFrame}) in proportion to their length; the last cue stays up to
 * {@code endFrame}, as the burned-in caption does.
 *
 * @param speechEndFrame the frame the voice ends on, between {@code startFrame} and {@code endFrame};
 *                       {@code endFrame} for a beat without a voice
 */
public record BeatSubtitle(int startFrame, int endFrame, int speechEndFrame, String text) {
    public BeatSubtitle {
        Objects.requireNonNull(text, "text");
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("a beat needs 0 <= start < end, got frames " + startFrame + ".." + endFrame);
        }
        if (speechEndFrame <= startFrame || speechEndFrame > endFrame) {
            throw new IllegalArgumentException("speech must end inside the beat (frames " + startFrame + ".." + endFrame
                    + "), got frame " + speechEndFrame);
        }
    }

    /** A beat without a voice: its cues share the whole beat. */
    public static BeatSubtitle silent(int startFrame, int endFrame, String text) {
        return new BeatSubtitle(startFrame, endFrame, endFrame, text);
    }

    /**
     * A beat whose voice lasts {@code speechSeconds} from its start, at {@code fps}; the speech end is
     * rounded up to a frame and kept inside the beat.
     */
    public static BeatSubtitle voiced(int startFrame, int endFrame, double speechSeconds, int fps, String text) {
        int speechEnd = startFrame + (int) Math.ceil(speechSeconds * fps - 1e-9);
        return new BeatSubtitle(startFrame, endFrame, Math.max(startFrame + 1, Math.min(endFrame, speechEnd)), text);
    }
}
