package convreel.audio;

/**
 * A sound's loudness as EBU R128 / ITU-R BS.1770 measure it: the gated integrated loudness in LUFS,
 * and the true peak (the highest level between samples, found on a 4× oversampled signal) in dBTP.
 * Silence, or sound too short or too quiet to pass the −70 LUFS gate, has an integrated loudness of
 * negative infinity; a peak is negative infinity when it was not measured or the sound is silent.
 *
 * @param samples the length of the measured sound, in {@link Pcm} samples
 */
public record Loudness(double integratedLufs, double truePeakDbtp, long samples) {

    /** True if the sound passed the gate, so that its integrated loudness means something. */
    public boolean isMeasurable() {
        return Double.isFinite(integratedLufs);
    }

    public double seconds() {
        return Pcm.seconds(samples);
    }

    @Override
    public String toString() {
        String peak = Double.isFinite(truePeakDbtp)
                ? String.format(java.util.Locale.ROOT, ", true peak %.1f dBTP", truePeakDbtp) : "";
        return String.format(java.util.Locale.ROOT, "%.1f LUFS%s, %.2f s", integratedLufs, peak, seconds());
    }
}
