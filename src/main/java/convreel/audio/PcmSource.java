package convreel.audio;

import java.io.IOException;

/** A stream of {@link Pcm} samples, read front to back. */
public interface PcmSource extends AutoCloseable {

    /**
     * Reads up to {@code samples} samples into {@code buffer} from index 0, interleaved; returns how
     * many were read, fewer only at the end (0 once the stream has ended).
     */
    int read(float[] buffer, int samples) throws IOException;

    @Override
    void close() throws IOException;
}
