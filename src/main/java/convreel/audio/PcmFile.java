package convreel.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of raw {@link Pcm} samples (32-bit float, little-endian, interleaved), so a mix
 * minutes long passes between stages on disk rather than in memory. Deleted by {@link #close()}.
 */
final class PcmFile implements AutoCloseable {
    private static final int BUFFER_SAMPLES = 16_384;

    private final Path path;
    private long samples;

    private PcmFile(Path path) {
        this.path = path;
    }

    /** Creates an empty file in {@code directory} (created if missing), or in the system's temporary folder if null. */
    static PcmFile create(Path directory, String prefix) throws IOException {
        if (directory != null) {
            Files.createDirectories(directory);
            return new PcmFile(Files.createTempFile(directory, prefix, ".f32"));
        }
        return new PcmFile(Files.createTempFile(prefix, ".f32"));
    }

    Path path() {
        return path;
    }

    long samples() {
        return samples;
    }

    /** Replaces the file's content with what is written through the returned writer. */
    Writer write() throws IOException {
        samples = 0;
        return new Writer(FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    /** Reads the file from the start. */
    PcmSource read() throws IOException {
        return new Reader(FileChannel.open(path, StandardOpenOption.READ));
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    /** Appends samples; {@link #close()} flushes and records the length. */
    final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_SAMPLES * Pcm.BYTES_PER_SAMPLE)
                .order(ByteOrder.LITTLE_ENDIAN);
        private final FloatBuffer floats = bytes.asFloatBuffer();
        private long written;

        private Writer(FileChannel channel) {
            this.channel = channel;
        }

        void write(float[] interleaved, int count) throws IOException {
            int offset = 0;
            int total = count * Pcm.CHANNELS;
            while (offset < total) {
                int n = Math.min(floats.remaining(), total - offset);
                floats.put(interleaved, offset, n);
                offset += n;
                if (!floats.hasRemaining()) {
                    flush();
                }
            }
            written += count;
        }

        /** Appends the remaining samples of a buffer as a filter hands them out. */
        void write(FloatBuffer interleaved) throws IOException {
            int count = interleaved.remaining() / Pcm.CHANNELS;
            while (interleaved.hasRemaining()) {
                int n = Math.min(floats.remaining(), interleaved.remaining());
                FloatBuffer part = interleaved.duplicate();
                part.limit(part.position() + n);
                floats.put(part);
                interleaved.position(interleaved.position() + n);
                if (!floats.hasRemaining()) {
                    flush();
                }
            }
            written += count;
        }

        private void flush() throws IOException {
            bytes.position(0).limit(floats.position() * Float.BYTES);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            bytes.clear();
            floats.clear();
        }

        long written() {
            return written;
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                flush();
            }
            samples = written;
        }
    }

    private static final class Reader implements PcmSource {
        private final FileChannel channel;
        private final ByteBuffer bytes = ByteBuffer.allocateDirect(BUFFER_SAMPLES * Pcm.BYTES_PER_SAMPLE)
                .order(ByteOrder.LITTLE_ENDIAN);

        private Reader(FileChannel channel) {
            this.channel = channel;
            bytes.limit(0);
        }

        @Override
        public int read(float[] buffer, int samples) throws IOException {
            int done = 0;
            while (done < samples) {
                if (bytes.remaining() < Pcm.BYTES_PER_SAMPLE) {
                    bytes.compact();
                    int n = channel.read(bytes);
                    bytes.flip();
                    if (n < 0 && bytes.remaining() < Pcm.BYTES_PER_SAMPLE) {
                        break;
                    }
                    continue;
                }
                int n = Math.min(samples - done, bytes.remaining() / Pcm.BYTES_PER_SAMPLE);
                FloatBuffer floats = bytes.asFloatBuffer();
                floats.get(buffer, done * Pcm.CHANNELS, n * Pcm.CHANNELS);
                bytes.position(bytes.position() + n * Pcm.BYTES_PER_SAMPLE);
                done += n;
            }
            return done;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
