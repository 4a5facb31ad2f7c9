package convreel.audio;

import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.javacv.FFmpegFrameFilter;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameFilter;

/**
 * An FFmpeg audio filter graph ({@code ebur128}, {@code volume}, {@code alimiter} ...) run through
 * JavaCV's {@link FFmpegFrameFilter}: {@link Pcm} samples go in block by block, filtered blocks and
 * the metadata filters attach to them come out. Push, drain, repeat; {@link #end()} flushes.
 */
final class AudioFilterGraph implements AutoCloseable {
    /** 100 ms: ebur128's own step, and small enough to keep memory flat. */
    static final int BLOCK = Pcm.SAMPLE_RATE / 10;

    /** What a drained block offers: its samples (valid until the next block) and its metadata. */
    interface Output {
        void accept(FloatBuffer interleaved, Metadata metadata) throws IOException;
    }

    /** Metadata a filter attached to a block, such as ebur128's {@code lavfi.r128.I}. */
    static final class Metadata {
        private final AVDictionary dictionary;

        private Metadata(AVDictionary dictionary) {
            this.dictionary = dictionary;
        }

        /** The value of {@code key}, or null if the block has none. */
        String get(String key) {
            if (dictionary == null || dictionary.isNull()) {
                return null;
            }
            AVDictionaryEntry entry = av_dict_get(dictionary, key, null, 0);
            return entry == null || entry.isNull() ? null : entry.value().getString();
        }
    }

    private final String description;
    private final FFmpegFrameFilter filter;
    private FloatBuffer direct = FloatBuffer.allocate(0);
    private boolean ended;

    private AudioFilterGraph(String description, FFmpegFrameFilter filter) {
        this.description = description;
        this.filter = filter;
    }

    /**
     * Builds the graph described in FFmpeg's filter syntax, taking {@link Pcm} input. The graph
     * should end in {@code aformat=sample_fmts=flt} if its samples are to be read.
     */
    static AudioFilterGraph start(String graph) throws IOException {
        FfmpegLog.quiet();
        FFmpegFrameFilter filter = new FFmpegFrameFilter(graph, Pcm.CHANNELS);
        filter.setSampleFormat(AV_SAMPLE_FMT_FLT);
        filter.setSampleRate(Pcm.SAMPLE_RATE);
        try {
            filter.start();
            return new AudioFilterGraph(graph, filter);
        } catch (FrameFilter.Exception e) {
            try {
                filter.release();
            } catch (FrameFilter.Exception cleanup) {
                e.addSuppressed(cleanup);
            }
            throw new IOException("FFmpeg cannot build the audio filter graph '" + graph + "': "
                    + AudioFileReader.firstLine(e.getMessage()), e);
        }
    }

    /** Feeds the first {@code count} samples of {@code interleaved}. */
    void push(float[] interleaved, int count) throws IOException {
        if (ended) {
            throw new IllegalStateException("push() after end()");
        }
        if (count == 0) {
            return;
        }
        int floats = count * Pcm.CHANNELS;
        if (direct.capacity() < floats) {
            // A native buffer: JavaCPP would otherwise copy the whole backing array on every push.
            direct = ByteBuffer.allocateDirect(floats * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
        }
        direct.clear();
        direct.put(interleaved, 0, floats).flip();
        try {
            filter.pushSamples(0, Pcm.CHANNELS, Pcm.SAMPLE_RATE, AV_SAMPLE_FMT_FLT, direct);
        } catch (FrameFilter.Exception e) {
            throw failure("refused samples", e);
        }
    }

    /** Signals the end of the sound, so filters with look-ahead or delay flush what they hold. */
    void end() throws IOException {
        if (ended) {
            return;
        }
        ended = true;
        try {
            filter.push(null);
        } catch (FrameFilter.Exception e) {
            throw failure("failed at the end of the sound", e);
        }
    }

    /** Hands every block the graph has ready to {@code output}. */
    void drain(Output output) throws IOException {
        try {
            Frame frame;
            while ((frame = filter.pullSamples()) != null) {
                FloatBuffer samples = frame.samples != null && frame.samples.length == 1
                        && frame.samples[0] instanceof FloatBuffer floats ? floats : null;
                output.accept(samples, new Metadata(((AVFrame) frame.opaque).metadata()));
            }
        } catch (FrameFilter.Exception e) {
            throw failure("failed", e);
        }
    }

    private IOException failure(String what, FrameFilter.Exception e) {
        return new IOException("FFmpeg's audio filter '" + description + "' " + what + ": "
                + AudioFileReader.firstLine(e.getMessage()), e);
    }

    @Override
    public void close() throws IOException {
        try {
            filter.release();
        } catch (FrameFilter.Exception e) {
            throw new IOException("FFmpeg failed to free the audio filter '" + description + "'", e);
        }
    }
}
