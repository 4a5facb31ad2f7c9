package convreel.export.pipeline;

import convreel.export.mp4.Bt709Converter;
import convreel.export.mp4.VideoSpec;
import convreel.export.mp4.X264Floor;
import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The parts of a render measured on their own, for {@code convreel bench}: painting alone, and
 * FFmpeg's own x264 encoding the same frames, the floor a render cannot beat.
 */
public final class RenderBenchmark {
    private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS_CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Timeline timeline;
    private final Supplier<FramePainter> painters;
    private final int threads;
    /** Every frame's fingerprint, taken once for the painting and the floor alike. */
    private FramePrints prints;

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
     * The floor: FFmpeg's own x264 encoding the video's frames, already painted and converted.
     *
     * @param frames         the frames encoded, repeats included (x264 is given every frame)
     * @param repeats        how many of them repeat the frame before, and are not painted by a render
     * @param convertNanos   processor time the colour conversion of the painted frames took, summed over
     *                       the painting threads (a render pays it too; the floor does not)
     * @param encodeNanos    the time x264 took, start to finish, with the pictures ready in memory
     * @param encodeCpuNanos the processor time this process used meanwhile (x264's threads)
     */
    public record Floor(int frames, int repeats, long convertNanos, long encodeNanos, long encodeCpuNanos) {
        public double encodeMillisPerFrame() {
            return encodeNanos / 1e6 / frames;
        }

        public double convertMillisPerFrame() {
            return convertNanos / 1e6 / frames;
        }
    }

    /** How many frames repeat the frame before, by their fingerprints: a render paints none of them. */
    private int repeats() throws IOException {
        if (prints == null) {
            try (PaintWorkers workers = new PaintWorkers(painters, threads)) {
                return repeats(prints(workers));
            }
        }
        return repeats(prints);
    }

    /** Every frame's fingerprint, taken on {@code workers} the first time they are needed and kept. */
    private FramePrints prints(PaintWorkers workers) throws IOException {
        if (prints == null) {
            prints = FramePrints.of(timeline, workers);
        }
        return prints;
    }

    private int repeats(FramePrints prints) {
        int repeats = 0;
        for (int i = 1; i < timeline.frameCount(); i++) {
            repeats += prints.repeatsPrevious(i) ? 1 : 0;
        }
        return repeats;
    }

    /** Paints every frame on one thread, onto one canvas. */
    public Painting paintOnly() throws IOException {
        int repeats = repeats();
        FramePainter painter = painters.get();
        BufferedImage canvas = TimelineFrame.canvasFor(painter);
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
     * Encodes the whole video to {@code video} with {@link X264Floor}, FFmpeg's own loop, from frames
     * painted and converted to yuv420p beforehand, {@code chunk} frames at a time (that part not timed).
     * One encoder runs across the chunks. While a chunk is being painted, x264 may still finish the
     * frames it was last given, so the floor comes out a little low, never high.
     */
    public Floor x264Floor(Path video, String preset, int chunk) throws IOException {
        if (chunk < 1) {
            throw new IllegalArgumentException("a chunk holds at least one frame, got " + chunk);
        }
        int frames = timeline.frameCount();
        long encoding = 0;
        long encodingCpu = 0;
        AtomicLong converting = new AtomicLong();
        FramePrints prints;
        try (PaintWorkers workers = new PaintWorkers(painters, threads);
                Chunk ahead = new Chunk(Math.min(chunk, frames), workers.width(), workers.height())) {
            prints = prints(workers);
            VideoSpec spec = new VideoSpec(workers.width(), workers.height(), timeline.fps(), preset);
            long start = System.nanoTime();
            long cpu = PROCESS_CPU.getProcessCpuTime();
            try (X264Floor encoder = X264Floor.open(video, spec)) {
                encoding += System.nanoTime() - start;
                encodingCpu += PROCESS_CPU.getProcessCpuTime() - cpu;
                for (int from = 0; from < frames; from += chunk) {
                    int to = Math.min(frames, from + chunk);
                    paintAhead(workers, prints, ahead, from, to, converting);
                    start = System.nanoTime();
                    cpu = PROCESS_CPU.getProcessCpuTime();
                    Bt709Converter.Planes shown = null;
                    for (int i = from; i < to; i++) {
                        Bt709Converter.Planes planes = ahead.planes[i - from];
                        shown = planes == null ? shown : planes;
                        encoder.encode(shown);
                    }
                    encoding += System.nanoTime() - start;
                    encodingCpu += PROCESS_CPU.getProcessCpuTime() - cpu;
                }
                start = System.nanoTime();
                cpu = PROCESS_CPU.getProcessCpuTime();
                encoder.finish();
                encoding += System.nanoTime() - start;
                encodingCpu += PROCESS_CPU.getProcessCpuTime() - cpu;
            }
        }
        return new Floor(frames, repeats(prints), converting.get(), encoding, encodingCpu);
    }

    /** Converted pictures of a chunk of frames, in native memory; null for a frame that repeats the one before. */
    private static final class Chunk implements AutoCloseable {
        final Bt709Converter.Planes[] planes;
        private final Bt709Converter.Planes[] owned;

        Chunk(int size, int width, int height) {
            planes = new Bt709Converter.Planes[size];
            owned = new Bt709Converter.Planes[size];
            for (int k = 0; k < size; k++) {
                owned[k] = new Bt709Converter.Planes(width, height);
            }
        }

        @Override
        public void close() {
            for (Bt709Converter.Planes p : owned) {
                p.close();
            }
        }
    }

    /**
     * Paints and converts the frames from {@code from} to {@code to} that a render would paint, on all
     * workers, adding the conversion's processor time to {@code converting}.
     */
    private void paintAhead(PaintWorkers workers, FramePrints prints, Chunk chunk, int from, int to, AtomicLong converting)
            throws IOException {
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> tasks = new ArrayList<>();
        for (int t = 0; t < workers.threads(); t++) {
            tasks.add(workers.executor().submit(() -> {
                FramePainter painter = workers.painter();
                BufferedImage canvas = TimelineFrame.canvasFor(painter);
                try (Bt709Converter converter = new Bt709Converter(painter.width(), painter.height())) {
                    for (int i; (i = next.getAndIncrement()) < to; ) {
                        if (i > from && prints.repeatsPrevious(i)) {
                            chunk.planes[i - from] = null;
                            continue;
                        }
                        Graphics2D g = canvas.createGraphics();
                        try {
                            painter.paint(g, timeline.at(i));
                        } finally {
                            g.dispose();
                        }
                        // Processor time, not wall time: on a busy machine the thread may wait its turn.
                        long start = THREAD_CPU.getCurrentThreadCpuTime();
                        converter.convert(canvas, chunk.owned[i - from]);
                        converting.addAndGet(THREAD_CPU.getCurrentThreadCpuTime() - start);
                        chunk.planes[i - from] = chunk.owned[i - from];
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
