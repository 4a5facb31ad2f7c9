package convreel.export.pipeline;

import convreel.export.mp4.Mp4Sink;
import convreel.export.mp4.VideoSpec;
import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The parts of a render measured on their own, for {@code convreel bench}: painting alone, and
 * encoding alone, which is the floor a render cannot beat.
 */
public final class RenderBenchmark {
    private final Timeline timeline;
    private final Supplier<FramePainter> painters;
    private final int threads;

    public RenderBenchmark(Timeline timeline, Supplier<FramePainter> painters, int threads) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.painters = Objects.requireNonNull(painters, "painters");
        if (threads < 1) {
            throw new IllegalArgumentException("at least 1 thread, got " + threads);
        }
        this.threads = threads;
    }

    /**
     * How long painting takes.
     *
     * @param frames  every frame of the video, each painted once
     * @param repeats how many of them repeat the frame before, and are not painted by a render
     * @param nanos   the time painting them all took, on one thread
     */
    public record Painting(int frames, int repeats, long nanos) {
        public double millisPerFrame() {
            return nanos / 1e6 / frames;
        }
    }

    /**
     * How long encoding takes when the frames are painted already.
     *
     * @param frames the frames encoded
     * @param nanos  the time the encoder took: converting the frames (on the render's threads, skipping
     *               repeats, as a render does) and x264
     */
    public record Encoding(int frames, long nanos) {
        public double millisPerFrame() {
            return nanos / 1e6 / frames;
        }
    }

    /** Paints every frame on one thread, onto one canvas. */
    public Painting paintOnly() throws IOException {
        int repeats = 0;
        try (PaintWorkers workers = new PaintWorkers(painters, threads)) {
            FramePrints prints = FramePrints.of(timeline, workers);
            for (int i = 1; i < timeline.frameCount(); i++) {
                repeats += prints.repeatsPrevious(i) ? 1 : 0;
            }
        }
        FramePainter painter = painters.get();
        BufferedImage canvas = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_3BYTE_BGR);
        long start = System.nanoTime();
        for (int i = 0; i < timeline.frameCount(); i++) {
            Graphics2D g = canvas.createGraphics();
            try {
                painter.paint(g, timeline.at(i));
            } finally {
                g.dispose();
            }
        }
        return new Painting(timeline.frameCount(), repeats, System.nanoTime() - start);
    }

    /**
     * Encodes the whole video to {@code video} from frames painted beforehand: {@code chunk} frames at a
     * time are painted (not timed), then fed through the same pipeline a render uses, with the painting
     * replaced by handing over the painted frame (timed). One encoder runs across the chunks. While a
     * chunk is being painted, x264 may still finish the last few frames it was given, so the floor
     * comes out a little low, never high.
     */
    public Encoding encodeOnly(Path video, String preset, int chunk) throws IOException {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one frame, got " + chunk);
        }
        int frames = timeline.frameCount();
        long timed = 0;
        try (PaintWorkers workers = new PaintWorkers(painters, threads)) {
            FramePrints prints = FramePrints.of(timeline, workers);
            int width = workers.width();
            int height = workers.height();
            BufferedImage[] painted = new BufferedImage[Math.min(chunk, frames)];
            int[] first = {0};
            FramePipeline pipeline = new FramePipeline(timeline, workers, prints,
                    (painter, frame, canvas) -> painted[frame - first[0]]);
            try (Mp4Sink sink = Mp4Sink.open(video, new VideoSpec(width, height, timeline.fps(), preset))) {
                for (int from = 0; from < frames; from += chunk) {
                    int to = Math.min(frames, from + chunk);
                    first[0] = from;
                    paintAhead(workers, prints, painted, from, to);
                    long start = System.nanoTime();
                    pipeline.run(from, to, sink, done -> { });
                    timed += System.nanoTime() - start;
                }
                long start = System.nanoTime();
                sink.finish();
                timed += System.nanoTime() - start;
            }
        }
        return new Encoding(frames, timed);
    }

    /** Paints the frames from {@code from} to {@code to} that a render would paint, on all workers. */
    private void paintAhead(PaintWorkers workers, FramePrints prints, BufferedImage[] painted, int from, int to)
            throws IOException {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < workers.threads(); t++) {
            tasks.add(workers.executor().submit(() -> {
                FramePainter painter = workers.painter();
                for (int i; (i = next.getAndIncrement()) < to; ) {
                    if (i > from && prints.repeatsPrevious(i)) {
                        continue;
                    }
                    BufferedImage image = painted[i - from];
                    if (image == null) {
                        image = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_3BYTE_BGR);
                        painted[i - from] = image;
                    }
                    Graphics2D g = image.createGraphics();
                    try {
                        painter.paint(g, timeline.at(i));
                    } finally {
                        g.dispose();
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> task : tasks) {
                task.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("benchmark interrupted");
        } catch (ExecutionException e) {
            throw Failures.rethrow(e.getCause());
        }
    }
}
