package convreel.timeline;

import convreel.model.Beat;

/**
 * Where one beat sits in the video: its frames are {@code firstFrame} up to but not including
 * {@code firstFrame + frameCount}.
 */
public record BeatSpan(int index, Beat beat, int firstFrame, int frameCount, int fps) {

    public double startSeconds() {
        return (double) firstFrame / fps;
    }

    public double endSeconds() {
        return (double) (firstFrame + frameCount) / fps;
    }

    public boolean contains(int frame) {
        return frame >= firstFrame && frame < firstFrame + frameCount;
    }

    /**
     * How far {@code frame} is through the beat, 0 on its first frame and exactly 1 on its last, so
     * every beat ends in its finished state.
     */
    public double progress(int frame) {
        return frameCount <= 1 ? 1 : (double) (frame - firstFrame) / (frameCount - 1);
    }
}
