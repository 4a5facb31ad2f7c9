package convreel.export.mp4;

/**
 * A run of frames encoded on its own, starting on a keyframe, so it can be cached and joined to its
 * neighbours without re-encoding. There is one segment per beat.
 *
 * @param beat       the beat it shows, counted from 0
 * @param firstFrame its first frame in the video
 * @param frameCount how many frames it holds
 * @param key        a SHA-256 (hex) of everything that decides its bytes: the fingerprints of its frames,
 *                   the encoder's settings and versions, and the program; equal keys, equal segments
 * @param cacheable  false when a frame drew something that cannot be fingerprinted; such a segment is
 *                   rendered every time and not kept
 */
public record Segment(int beat, int firstFrame, int frameCount, String key, boolean cacheable) {

    public Segment {
        if (firstFrame < 0 || frameCount < 1) {
            throw new IllegalArgumentException("a segment starts at a frame >= 0 and holds at least one; got "
                    + frameCount + " from " + firstFrame);
        }
    }

    /** The frame after its last one. */
    public int endFrame() {
        return firstFrame + frameCount;
    }
}
