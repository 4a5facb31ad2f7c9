package convreel.audio;

import static org.bytedeco.ffmpeg.global.avutil.av_make_error_string;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Decodes the sound of any file FFmpeg reads (wav, mp3, m4a, ogg, flac, the audio of a video) and
 * hands it out as {@link Pcm} samples, resampled and mixed to 48 kHz stereo, a block at a time, so a
 * long file never sits in memory whole. A mono file plays on both channels.
 */
final class AudioFileReader implements PcmSource {
    private static final Pattern ERROR_CODE = Pattern.compile("error (-\\d+)");
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    /** Decoded samples not handed out yet (interleaved floats); null when none are pending. */
    private FloatBuffer pending;
    private float[] planarScratch = new float[0];
    private boolean ended;

    private AudioFileReader(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
    }

    /**
     * Opens {@code file} for decoding.
     *
     * @throws NoSuchFileException if there is no such file
     * @throws IOException if FFmpeg cannot read it or it has no sound, with a message saying which
     */
    static AudioFileReader open(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("it is not a file");
        }
        FfmpegLog.quiet();
        FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
        grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
        grabber.setSampleRate(Pcm.SAMPLE_RATE);
        grabber.setAudioChannels(Pcm.CHANNELS);
        try {
            grabber.start();
            if (grabber.getAudioStream() < 0) {
                throw new IOException("it has no audio stream");
            }
            return new AudioFileReader(file, grabber);
        } catch (FrameGrabber.Exception e) {
            release(grabber, e);
            throw new IOException(reason(e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            release(grabber, e);
            throw e;
        }
    }

    private static void release(FFmpegFrameGrabber grabber, Exception failure) {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    @Override
    public int read(float[] buffer, int samples) throws IOException {
        if (buffer.length < samples * Pcm.CHANNELS) {
            throw new IllegalArgumentException("buffer holds " + buffer.length / Pcm.CHANNELS
                    + " samples, asked for " + samples);
        }
        int done = 0;
        while (done < samples) {
            if (pending == null || !pending.hasRemaining()) {
                if (!decodeMore()) {
                    break;
                }
                continue;
            }
            int floats = Math.min(pending.remaining(), (samples - done) * Pcm.CHANNELS);
            pending.get(buffer, done * Pcm.CHANNELS, floats);
            done += floats / Pcm.CHANNELS;
        }
        return done;
    }

    /** Decodes the next block of sound into {@link #pending}; false at the end of the file. */
    private boolean decodeMore() throws IOException {
        if (ended) {
            return false;
        }
        Frame frame;
        try {
            frame = grabber.grabSamples();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("FFmpeg failed while decoding " + file + ": " + firstLine(e.getMessage()), e);
        }
        if (frame == null) {
            ended = true;
            pending = null;
            return false;
        }
        if (frame.samples == null || frame.samples.length == 0) {
            pending = null;
            return true;
        }
        if (frame.samples.length == 1) {
            pending = ((FloatBuffer) frame.samples[0]).duplicate();
        } else {
            // A planar layout (only when the source already was 48 kHz planar float): interleave it.
            FloatBuffer left = ((FloatBuffer) frame.samples[0]).duplicate();
            FloatBuffer right = ((FloatBuffer) frame.samples[1]).duplicate();
            int n = left.remaining();
            if (planarScratch.length < 2 * n) {
                planarScratch = new float[2 * n];
            }
            for (int i = 0; i < n; i++) {
                planarScratch[2 * i] = left.get();
                planarScratch[2 * i + 1] = right.get();
            }
            pending = FloatBuffer.wrap(planarScratch, 0, 2 * n);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        try {
            grabber.release();
        } catch (FrameGrabber.Exception e) {
            throw new IOException("FFmpeg failed to close " + file, e);
        }
    }

    /**
     * FFmpeg's own words for the error code in a JavaCV message such as {@code avformat_open_input()
     * error -1094995529: Could not open input "…"}: here {@code Invalid data found when processing input}.
     */
    static String reason(String message) {
        Matcher code = ERROR_CODE.matcher(message == null ? "" : message);
        if (code.find()) {
            try (BytePointer text = new BytePointer(128)) {
                av_make_error_string(text, 128, Integer.parseInt(code.group(1)));
                return text.limit(0).getString().strip();
            } catch (NumberFormatException e) {
                // fall through to the message as it is
            }
        }
        return firstLine(message);
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf(" (For more details");
        String line = end >= 0 ? message.substring(0, end) : message;
        int newline = line.indexOf('\n');
        return newline >= 0 ? line.substring(0, newline) : line;
    }
}
