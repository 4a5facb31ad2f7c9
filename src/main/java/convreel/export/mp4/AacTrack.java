package convreel.export.mp4;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;

import convreel.audio.Pcm;
import convreel.audio.PcmSource;
import java.io.IOException;
import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * A video's sound, encoded as AAC-LC 48 kHz stereo at {@value #BITRATE} b/s (YouTube's recommendation
 * for stereo) into the recorder that also writes its pictures. The writer of the pictures calls
 * {@link #writeUntil} after each frame, so the two streams interleave finely; the sound lasts exactly
 * as long as the pictures: cut at their end if longer, padded with silence if shorter.
 */
final class AacTrack {

    /** AAC bit rate, YouTube's recommended 384 kb/s for stereo. */
    static final int BITRATE = 384_000;

    /** The settings of {@link #configure} and the encoder's library version: what the AAC bytes depend on. */
    static final String IDENTITY = "aac lc " + Pcm.SAMPLE_RATE + " Hz " + Pcm.CHANNELS + " channels " + BITRATE
            + " b/s avcodec " + org.bytedeco.ffmpeg.global.avcodec.avcodec_version();

    private final FFmpegFrameRecorder recorder;
    private final PcmSource audio;
    private final float[] block = new float[Pcm.SAMPLE_RATE / 10 * Pcm.CHANNELS];
    private long written;

    /** Encodes {@code audio} into {@code recorder}, which {@link #configure} prepared before it started. */
    AacTrack(FFmpegFrameRecorder recorder, PcmSource audio) {
        this.recorder = recorder;
        this.audio = audio;
    }

    /** Sets up the audio stream of a recorder that has not started yet. */
    static void configure(FFmpegFrameRecorder recorder) {
        recorder.setAudioCodec(AV_CODEC_ID_AAC);
        recorder.setAudioCodecName("aac");
        recorder.setSampleRate(Pcm.SAMPLE_RATE);
        recorder.setAudioChannels(Pcm.CHANNELS);
        recorder.setAudioBitrate(BITRATE);
        // FFmpeg's own AAC encoder; Low Complexity is its default, stated here because YouTube asks for it.
        recorder.setAudioOption("profile", "aac_low");
    }

    /** Encodes sound up to sample {@code end}, the end of the last frame written; silence once the sound has run out. */
    void writeUntil(long end) throws IOException {
        int frames = block.length / Pcm.CHANNELS;
        while (written < end) {
            int n = (int) Math.min(frames, end - written);
            int got = audio.read(block, n);
            if (got < n) {
                Arrays.fill(block, got * Pcm.CHANNELS, n * Pcm.CHANNELS, 0f);
            }
            recorder.recordSamples(Pcm.SAMPLE_RATE, Pcm.CHANNELS, FloatBuffer.wrap(block, 0, n * Pcm.CHANNELS));
            written += n;
        }
    }

    /**
     * Drains the encoder. {@link FFmpegFrameRecorder#stop()} does this itself, except for a recorder
     * started from an input format context (packet copy), whose audio it would cut short by the
     * encoder's delay.
     */
    void drain() throws IOException {
        try {
            while (recorder.recordSamples(0, 0, (Buffer[]) null)) {
                // each call writes what the encoder still holds, until it has nothing left
            }
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new IOException("the AAC encoder failed while draining: " + e.getMessage(), e);
        }
    }
}
