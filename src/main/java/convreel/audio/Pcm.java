package convreel.audio;

/**
 * The one sound format the audio stage works in: 48 kHz, stereo, 32-bit float samples interleaved
 * left, right. A <i>sample</i> here is one instant of both channels, so a buffer of {@code n} samples
 * holds {@code 2n} floats. 48 kHz is what YouTube and AAC in MP4 expect, and every common frame rate
 * (24, 25, 30, 48, 50, 60) divides it, so video frame boundaries fall on whole samples.
 */
public final class Pcm {
    public static final int SAMPLE_RATE = 48_000;
    public static final int CHANNELS = 2;
    /** Bytes of one sample (both channels) in a raw PCM file. */
    static final int BYTES_PER_SAMPLE = CHANNELS * Float.BYTES;

    private Pcm() {
    }

    /** The sample at which video frame {@code frame} starts, rounded to the nearest sample. */
    public static long sampleAtFrame(long frame, int fps) {
        if (fps <= 0) {
            throw new IllegalArgumentException("fps must be positive, got " + fps);
        }
        return Math.floorDiv(2 * frame * SAMPLE_RATE + fps, 2L * fps);
    }

    /** Length in seconds of {@code samples} samples. */
    public static double seconds(long samples) {
        return samples / (double) SAMPLE_RATE;
    }

    /** The number of samples nearest to {@code seconds}. */
    public static long samples(double seconds) {
        return Math.round(seconds * SAMPLE_RATE);
    }

    static float decibelsToGain(double decibels) {
        return (float) Math.pow(10, decibels / 20);
    }
}
