package convreel.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convreel.testing.PaintedFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompositeSinkTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void passesEveryFrameToEverySinkInOrderThenFinishesAndClosesThem() throws IOException {
        try (CompositeSink sink = CompositeSink.of(new LoggingSink("mp4", false), new LoggingSink("png", false))) {
            sink.accept(new PaintedFrame(0, 2, 2, g -> { }));
            sink.accept(new PaintedFrame(1, 2, 2, g -> { }));
            sink.finish();
        }
        assertEquals(List.of("mp4 accept 0", "png accept 0", "mp4 accept 1", "png accept 1",
                "mp4 finish", "png finish", "mp4 close", "png close"), log);
    }

    @Test
    void closesEverySinkEvenWhenOneFailsToClose() {
        CompositeSink sink = CompositeSink.of(
                new LoggingSink("mp4", true), new LoggingSink("png", false), new LoggingSink("svg", true));
        IOException e = assertThrows(IOException.class, sink::close);
        assertEquals("mp4 close failed", e.getMessage());
        assertEquals(1, e.getSuppressed().length);
        assertEquals(List.of("mp4 close", "png close", "svg close"), log);
    }

    @Test
    void needsAtLeastOneSink() {
        assertThrows(IllegalArgumentException.class, () -> CompositeSink.of(List.of()));
    }

    private final class LoggingSink implements FrameSink {
        private final String name;
        private final boolean failOnClose;

        LoggingSink(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
        }

        @Override
        public void accept(Frame frame) {
            log.add(name + " accept " + frame.index());
        }

        @Override
        public void finish() {
            log.add(name + " finish");
        }

        @Override
        public void close() throws IOException {
            log.add(name + " close");
            if (failOnClose) {
                throw new IOException(name + " close failed");
            }
        }
    }
}
