package convreel.export.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Re-throws what a worker thread threw, as what it was. */
final class Failures {
    private Failures() {
    }

    /**
     * Returns an {@link IOException} to throw for {@code failure}, or throws {@code failure} itself if
     * it is unchecked; so callers write {@code throw Failures.rethrow(cause)}.
     */
    static IOException rethrow(Throwable failure) {
        if (failure instanceof IOException io) {
            return io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IOException(failure);
    }
}
