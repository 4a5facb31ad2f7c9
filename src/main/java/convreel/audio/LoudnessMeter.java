package convreel.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Measures {@link Loudness} with FFmpeg's {@code ebur128} filter (EBU R128, ITU-R BS.1770-4), fed
 * block by block, so a sound of any length is measured in constant memory. The filter reports its
 * running results as metadata on every 100 ms block; the last report covers the whole sound.
 */
public final class LoudnessMeter implements AutoCloseable {
    /** ebur128 reports −70 LUFS, its absolute gate, when nothing passed the gate. */
    private static final double GATE_FLOOR_LUFS = -69.9;

    private final AudioFilterGraph graph;
    private final boolean truePeak;
    private final AudioFilterGraph.Output reader = (samples, metadata) -> read(metadata);
    private double integrated = Double.NEGATIVE_INFINITY;
    private double peakLinear;
    private long samples;
    private boolean finished;

    private LoudnessMeter(AudioFilterGraph graph, boolean truePeak) {
        this.graph = graph;
        this.truePeak = truePeak;
    }

    /** A meter of integrated loudness and, if {@code truePeak}, of the true peak (which costs more). */
    public static LoudnessMeter open(boolean truePeak) throws IOException {
        return new LoudnessMeter(AudioFilterGraph.start(filter(truePeak)), truePeak);
    }

    /** The ebur128 filter as this meter configures it, for graphs that measure as they go. */
    static String filter(boolean truePeak) {
        return "ebur128=metadata=1" + (truePeak ? ":peak=true" : "");
    }

    /** Measures the whole sound of {@code file}, decoded as {@link AudioFileReader} does. */
    public static Loudness measure(Path file, boolean truePeak) throws IOException {
        try (AudioFileReader in = AudioFileReader.open(file); LoudnessMeter meter = open(truePeak)) {
            float[] block = new float[AudioFilterGraph.BLOCK * Pcm.CHANNELS];
            int n;
            while ((n = in.read(block, AudioFilterGraph.BLOCK)) > 0) {
                meter.accept(block, n);
            }
            return meter.finish();
        }
    }

    /** Adds the first {@code count} samples of {@code interleaved} to the measurement. */
    public void accept(float[] interleaved, int count) throws IOException {
        if (finished) {
            throw new IllegalStateException("accept() after finish()");
        }
        graph.push(interleaved, count);
        samples += count;
        graph.drain(reader);
    }

    /** Ends the sound and returns its loudness. */
    public Loudness finish() throws IOException {
        if (!finished) {
            finished = true;
            if (samples > 0) {
                graph.end();
                graph.drain(reader);
            }
        }
        return result(integrated, truePeak ? peakLinear : 0, samples);
    }

    private void read(AudioFilterGraph.Metadata metadata) {
        String i = metadata.get("lavfi.r128.I");
        if (i != null) {
            integrated = Double.parseDouble(i);
        }
        String peak = metadata.get("lavfi.r128.true_peak");
        if (peak != null) {
            peakLinear = Math.max(peakLinear, Double.parseDouble(peak));
        }
    }

    /** Turns ebur128's figures (LUFS, linear true peak) into a {@link Loudness}. */
    static Loudness result(double integratedLufs, double peakLinear, long samples) {
        return new Loudness(integratedLufs > GATE_FLOOR_LUFS ? integratedLufs : Double.NEGATIVE_INFINITY,
                peakLinear > 0 ? 20 * Math.log10(peakLinear) : Double.NEGATIVE_INFINITY, samples);
    }

    @Override
    public void close() throws IOException {
        graph.close();
    }
}
