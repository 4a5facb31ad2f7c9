package convreel.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.IntToDoubleFunction;

/**
 * Generated sound fixtures, written as 16-bit PCM WAV files: nothing is downloaded, and every file
 * is the same on every run.
 */
public final class Tones {

    private Tones() {
    }

    /** A sine of {@code hertz} at {@code dbfs} (peak level), on every channel. */
    public static Path sine(Path file, double seconds, int rate, int channels, double hertz, double dbfs) throws IOException {
        double amplitude = Math.pow(10, dbfs / 20);
        return write(file, seconds, rate, channels, n -> amplitude * Math.sin(2 * Math.PI * hertz * n / rate));
    }

    /**
     * Something shaped like speech: a buzzy voice (a 140 Hz fundamental with falling harmonics) whose
     * loudness rises and falls in syllables of about a fifth of a second, with short pauses between
     * words. Peak-to-loudness ratio is like speech, so normalising it exercises the limiter.
     */
    public static Path speech(Path file, double seconds, int rate, int channels, long seed) throws IOException {
        Random random = new Random(seed);
        int total = (int) Math.round(seconds * rate);
        double[] envelope = new double[total];
        int n = 0;
        while (n < total) {
            int syllable = (int) (rate * (0.12 + 0.12 * random.nextDouble()));
            double level = 0.3 + 0.7 * random.nextDouble();
            for (int k = 0; k < syllable && n < total; k++, n++) {
                envelope[n] = level * Math.sin(Math.PI * k / syllable);
            }
            if (random.nextInt(4) == 0) {
                n += (int) (rate * 0.15);
            }
        }
        double pitch = 140;
        return write(file, seconds, rate, channels, i -> {
            double t = (double) i / rate;
            double f = pitch * (1 + 0.08 * Math.sin(2 * Math.PI * 0.7 * t));
            double s = 0;
            for (int h = 1; h <= 12; h++) {
                s += Math.sin(2 * Math.PI * f * h * t + h) / h;
            }
            return 0.25 * envelope[i] * s;
        });
    }

    /** A soft chord (A minor) with a slow swell: stands for background music. */
    public static Path music(Path file, double seconds, int rate, int channels) throws IOException {
        double[] notes = {220.0, 261.63, 329.63, 440.0};
        return write(file, seconds, rate, channels, i -> {
            double t = (double) i / rate;
            double s = 0;
            for (double note : notes) {
                s += Math.sin(2 * Math.PI * note * t);
            }
            return 0.1 * s * (0.8 + 0.2 * Math.sin(2 * Math.PI * 0.5 * t));
        });
    }

    /** Digital silence. */
    public static Path silence(Path file, double seconds, int rate, int channels) throws IOException {
        return write(file, seconds, rate, channels, i -> 0);
    }

    /** Writes {@code signal(sampleIndex)} (−1..1) to every channel of a WAV file. */
    public static Path write(Path file, double seconds, int rate, int channels, IntToDoubleFunction signal) throws IOException {
        int samples = (int) Math.round(seconds * rate);
        int dataBytes = samples * channels * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels)
                .putInt(rate).putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        wav.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < samples; i++) {
            double v = Math.max(-1, Math.min(1, signal.applyAsDouble(i)));
            short s = (short) Math.round(v * 32767);
            for (int c = 0; c < channels; c++) {
                wav.putShort(s);
            }
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(wav.array());
        }
        return file;
    }
}
