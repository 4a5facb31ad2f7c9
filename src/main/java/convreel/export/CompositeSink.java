package convreel.export;

import java.io.IOException;
import java.util.List;

/**
 * Sends every frame to several sinks, in the order given, so one rendering pass can write the MP4
 * and the PNG and SVG sequences. It owns its sinks: {@link #close()} closes all of them even if some
 * fail. {@link #finish()} finishes them in order; if one fails, those before it are already in place
 * and those after it are discarded by {@code close()}.
 */
public final class CompositeSink implements FrameSink {

    private final List<FrameSink> sinks;

    private CompositeSink(List<FrameSink> sinks) {
        this.sinks = sinks;
    }

    public static CompositeSink of(List<? extends FrameSink> sinks) {
        List<FrameSink> copy = List.copyOf(sinks);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a composite sink needs at least one sink, got none");
        }
        return new CompositeSink(copy);
    }

    public static CompositeSink of(FrameSink... sinks) {
        return of(List.of(sinks));
    }

    @Override
    public void accept(Frame frame) throws IOException {
        for (FrameSink sink : sinks) {
            sink.accept(frame);
        }
    }

    @Override
    public boolean readsYuv() {
        return sinks.stream().anyMatch(FrameSink::readsYuv);
    }

    @Override
    public void finish() throws IOException {
        for (FrameSink sink : sinks) {
            sink.finish();
        }
    }

    @Override
    public void close() throws IOException {
        Throwable first = null;
        for (FrameSink sink : sinks) {
            try {
                sink.close();
            } catch (IOException | RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first instanceof IOException e) {
            throw e;
        }
        if (first instanceof RuntimeException e) {
            throw e;
        }
    }
}
