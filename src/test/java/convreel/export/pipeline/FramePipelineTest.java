package convreel.export.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.export.mp4.Bt709Converter;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.Theme;
import convreel.testing.SmallScenes;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The parallel renderer: frames painted on several threads reach the sinks in order, as one thread paints them. */
class FramePipelineTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void framesReachTheSinkInOrderExactlyAsOneThreadPaintsThem() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Timeline timeline = SmallScenes.timeline(scene);
        Recording sink = new Recording(false);
        SmallScenes.render(scene, 3).video(sink, done -> { });
        assertTrue(sink.finished);
        assertEquals(timeline.frameCount(), sink.indices.size());
        FramePainter painter = SmallScenes.painter(scene, Theme.standard(), SmallScenes.WIDTH, SmallScenes.HEIGHT);
        BufferedImage canvas = convreel.export.Frame.canvas(SmallScenes.WIDTH, SmallScenes.HEIGHT);
        for (int i = 0; i < timeline.frameCount(); i++) {
            assertEquals(i, sink.indices.get(i), "the sink's frame number " + i);
            Graphics2D g = canvas.createGraphics();
            painter.paint(g, timeline.at(i));
            g.dispose();
            assertArrayEquals(pixels(canvas), sink.pixels.get(i), "frame " + i + " as one thread paints it");
        }
    }

    @Test
    void aHeldFrameIsNotPaintedAgainButItsCanvasIsSentAgain() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Recording sink = new Recording(false);
        SmallScenes.render(scene, 2).video(sink, done -> { });
        int sentAgain = 0;
        for (int i = 1; i < sink.rasters.size(); i++) {
            if (sink.rasters.get(i) == sink.rasters.get(i - 1)) {
                sentAgain++;
                assertArrayEquals(sink.pixels.get(i - 1), sink.pixels.get(i));
            }
        }
        // A repaint would need another canvas: the one sent last is held, not in the pool.
        assertTrue(sentAgain > 10, "held frames sent again without painting: " + sentAgain);
    }

    @Test
    void aSinkThatEncodesGetsEachFrameConvertedOnThePaintingThreads() throws IOException {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Recording sink = new Recording(true);
        SmallScenes.render(scene, 2).video(sink, done -> { });
        try (Bt709Converter converter = new Bt709Converter(SmallScenes.WIDTH, SmallScenes.HEIGHT)) {
            for (int i = 0; i < sink.pixels.size(); i += 5) {
                BufferedImage image = convreel.export.Frame.canvas(SmallScenes.WIDTH, SmallScenes.HEIGHT);
                System.arraycopy(sink.pixels.get(i), 0, pixels(image), 0, sink.pixels.get(i).length);
                ByteBuffer expected = converter.convert(image);
                byte[] want = new byte[expected.remaining()];
                expected.get(want);
                assertArrayEquals(want, sink.yuv.get(i), "frame " + i + "'s planes");
            }
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFailingSinkStopsTheRenderAndTheWorkers() {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Recording sink = new Recording(false) {
            @Override
            public void accept(Frame frame) throws IOException {
                if (frame.index() == 20) {
                    throw new IOException("disk full");
                }
                super.accept(frame);
            }
        };
        IOException failure = assertThrows(IOException.class, () -> SmallScenes.render(scene, 2).video(sink, done -> { }));
        assertEquals("disk full", failure.getMessage());
        assertFalse(sink.finished);
        assertTrue(sink.closed);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anInterruptStopsTheRender() {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Recording sink = new Recording(false);
        try {
            assertThrows(InterruptedIOException.class, () -> SmallScenes.render(scene, 2).video(sink, done -> {
                if (done == 10) {
                    Thread.currentThread().interrupt();
                }
            }));
        } finally {
            Thread.interrupted();
        }
        assertEquals(10, sink.indices.size());
        assertFalse(sink.finished);
    }

    /**
     * The canvases' converted planes are native memory: they may be freed only once no worker can
     * still be converting into them, or a stopped render would crash the JVM.
     */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aRenderStoppedWhileFramesAreConvertedFreesNothingStillInUse() {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        for (int round = 0; round < 20; round++) {
            int stopAt = 1 + round % 5;
            Recording sink = new Recording(true);
            try {
                assertThrows(InterruptedIOException.class, () -> SmallScenes.render(scene, 3).video(sink, done -> {
                    if (done == stopAt) {
                        Thread.currentThread().interrupt();
                    }
                }));
            } finally {
                Thread.interrupted();
            }
            assertEquals(stopAt, sink.indices.size());
        }
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Keeps a copy of every frame it gets. */
    private static class Recording implements FrameSink {
        private final boolean readsYuv;
        final List<Integer> indices = new ArrayList<>();
        final List<int[]> pixels = new ArrayList<>();
        final List<BufferedImage> rasters = new ArrayList<>();
        final List<byte[]> yuv = new ArrayList<>();
        boolean finished;
        boolean closed;

        Recording(boolean readsYuv) {
            this.readsYuv = readsYuv;
        }

        @Override
        public boolean readsYuv() {
            return readsYuv;
        }

        @Override
        public void accept(Frame frame) throws IOException {
            indices.add(frame.index());
            rasters.add(frame.raster());
            pixels.add(pixels(frame.raster()).clone());
            assertEquals(readsYuv, frame.yuv().isPresent(), "planes come exactly when asked for");
            frame.yuv().ifPresent(planes -> {
                byte[] copy = new byte[planes.remaining()];
                planes.get(copy);
                yuv.add(copy);
            });
        }

        @Override
        public void finish() {
            finished = true;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
