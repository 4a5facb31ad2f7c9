package convreel.export.mp4;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Checks that an MP4 file FFmpeg has finished writing reached the disk whole, before it is put in place.
 *
 * <p>FFmpeg does not report every failed write: JavaCV ignores what {@code av_write_trailer} returns,
 * and FFmpeg's I/O layer drops the rest of a short write (the disk filled up part way through a
 * buffer) without an error. A disk that fills up while the index is written therefore gives a file
 * that is cut short but looks finished. Its top-level boxes tell: they must run exactly to the end of
 * the file and include the index ({@code moov}) and the media ({@code mdat}).
 */
final class Mp4Boxes {
    private static final int LARGE_HEADER = 16;
    /** How much is written again to learn why the disk refused the rest. */
    private static final int PROBE_BYTES = 1 << 20;

    private Mp4Boxes() {
    }

    /**
     * Throws unless {@code file} (the staging file of {@code target}) is a whole MP4: a
     * {@link StorageLimitException} if the disk or the file size limit stopped it, another
     * {@link IOException} if it is cut short for another reason.
     */
    static void requireComplete(Path file, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = channel.size();
            long offset = 0;
            boolean index = false;
            boolean media = false;
            ByteBuffer header = ByteBuffer.allocate(LARGE_HEADER);
            while (offset < length) {
                header.clear().limit((int) Math.min(LARGE_HEADER, length - offset));
                readFully(channel, header, offset);
                if (header.position() < 8) {
                    throw cutShort(file, target, length, offset + 8);
                }
                long size = Integer.toUnsignedLong(header.getInt(0));
                String type = new String(header.array(), 4, 4, StandardCharsets.ISO_8859_1);
                if (size == 1) {
                    if (header.position() < LARGE_HEADER) {
                        throw cutShort(file, target, length, offset + LARGE_HEADER);
                    }
                    size = header.getLong(8);
                } else if (size == 0) {
                    size = length - offset;
                }
                if (size < 8) {
                    throw new IOException("cannot write " + StorageLimitException.shown(target) + ": FFmpeg wrote a broken MP4"
                            + " (a box at byte " + offset + " claims " + size + " bytes)");
                }
                if (size > length - offset) {
                    throw cutShort(file, target, length, offset + size);
                }
                index |= type.equals("moov");
                media |= type.equals("mdat");
                offset += size;
            }
            if (!index || !media) {
                throw cutShort(file, target, length, -1);
            }
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new EOFException();
            }
        }
    }

    /**
     * Why {@code file} holds only {@code written} bytes of {@code expected} (-1 if unknown): FFmpeg does
     * not say, so write some of the missing bytes again and let the system say why it refuses them.
     */
    private static IOException cutShort(Path file, Path target, long written, long expected) {
        IOException failure = new IOException("cannot write " + StorageLimitException.shown(target)
                + ": it was cut short: " + (expected < 0 ? written + " bytes reached the disk, without the index"
                        : written + " of its " + expected + " bytes reached the disk"));
        long missing = expected < 0 ? PROBE_BYTES : Math.min(PROBE_BYTES, expected - written);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer zeros = ByteBuffer.allocate((int) missing);
            while (zeros.hasRemaining()) {
                channel.write(zeros);
            }
        } catch (IOException refused) {
            IOException translated = StorageLimitException.translate(target, refused);
            if (translated instanceof StorageLimitException) {
                return translated;
            }
            failure.addSuppressed(refused);
        }
        return failure;
    }
}
