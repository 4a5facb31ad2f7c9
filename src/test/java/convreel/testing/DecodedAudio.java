package convreel.testing;

import convreel.audio.Loudness;
import convreel.audio.LoudnessMeter;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/** Decodes a file's sound stream as a player does, and measures it with ebur128. */
public final class DecodedAudio {

    /** The decoded sound: its sample count at its own rate, and its loudness. */
    public record Measured(long samples, int sampleRate, int channels, Loudness loudness) {
        public double seconds() {
            return samples / (double) sampleRate;
        }
    }

    private DecodedAudio() {
    }

    public static Measured measure(Path file) throws IOException {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
                LoudnessMeter meter = LoudnessMeter.open(true)) {
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.start();
            int channels = grabber.getAudioChannels();
            int rate = grabber.getSampleRate();
            long samples = 0;
            float[] block = new float[0];
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) {
                    continue;
                }
                FloatBuffer interleaved = ((FloatBuffer) frame.samples[0]).duplicate();
                int n = interleaved.remaining() / channels;
                if (block.length < interleaved.remaining()) {
                    block = new float[interleaved.remaining()];
                }
                interleaved.get(block, 0, interleaved.remaining());
                meter.accept(block, n);
                samples += n;
            }
            return new Measured(samples, rate, channels, meter.finish());
        }
    }
}
