package convreel.export.pipeline;

import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.export.mp4.Bt709Converter;
import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Paints frames on the {@link PaintWorkers}' threads and hands them to a sink in order, on the calling
 * thread. Frames are a pure function of their index, so workers take the next frame to paint in turn
 * and paint it into one of a few reusable canvases ({@value #SPARE_SLOTS} more than there are workers);
 * the caller waits for each frame in order, gives it to the sink, and returns its canvas to the pool.
 * Memory is those canvases, whatever the length of the video.
 *
 * <p>A frame whose fingerprint equals the previous frame's (a held pose) is not painted: the sink gets
 * the previous frame's canvas again, and its converted planes, so neither painting nor colour
 * conversion is repeated. When the sink {@linkplain FrameSink#readsYuv() reads converted planes}, the
 * workers convert each frame too, so the caller's thread only encodes.
 *
 * <p>Deadlock-free by construction: a worker takes a canvas before it claims a frame, and frames are
 * claimed in order, so the frame the caller waits for is always held by a worker that has a canvas.
 */
final class FramePipeline implements AutoCloseable {

    /** Canvases beyond one per worker: one held for repeats, one so a finished frame need not wait. */
    static final int SPARE_SLOTS = 2;

    private final Timeline timeline;
    private final PaintWorkers workers;
    private final FramePrints prints;
    /**
     * The canvases (and their planes) and the workers' converters, kept from one run to the next: a
     * render runs once a beat, and each would otherwise allocate and clear them all again. Runs never
     * overlap, and a run ends only once no worker touches them, so they pass safely to the next.
     */
    private final List<Slot> slots = new ArrayList<>();
    private final Queue<Bt709Converter> converters = new ConcurrentLinkedQueue<>();
    /**
     * The slot of the frame the last run sent last. The next run holds it back until its own first
     * frame is sent, as a run holds the slot of the frame it sent last: a sink is given the same
     * canvas twice in a row only for a frame that repeats the one before.
     */
    private Slot lastSent;

    FramePipeline(Timeline timeline, PaintWorkers workers, FramePrints prints) {
        this.timeline = timeline;
        this.workers = workers;
        this.prints = prints;
    }

    /** Frees the native planes and converters; the pipeline is not used after. */
    @Override
    public void close() {
        for (Slot slot : slots) {
            if (slot.planes != null) {
                slot.planes.close();
            }
        }
        Bt709Converter converter;
        while ((converter = converters.poll()) != null) {
            converter.close();
        }
    }

    private void paint(FramePainter painter, int frame, BufferedImage canvas) {
        if (!prints.of(frame).coversCanvas()) {
            // The painter leaves some pixels alone: start from the same black a fresh canvas has.
            Arrays.fill(((DataBufferInt) canvas.getRaster().getDataBuffer()).getData(), 0);
        }
        Graphics2D g = canvas.createGraphics();
        try {
            painter.paint(g, timeline.at(frame));
        } finally {
            g.dispose();
        }
    }

    /**
     * Sends frames {@code from} (inclusive) to {@code to} (exclusive) to {@code sink}, in order; does not
     * finish or close the sink. {@code progress} hears how many of these frames are done after each.
     */
    void run(int from, int to, FrameSink sink, IntConsumer progress) throws IOException {
        if (to < from) {
            throw new IllegalArgumentException("frames " + from + " to " + to + ": the end comes before the start");
        }
        int[] order = new int[to - from];
        boolean[] repeat = new boolean[order.length];
        List<Integer> toPaint = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            order[k] = from + k;
            repeat[k] = k > 0 && prints.repeatsPrevious(order[k]);
            if (!repeat[k]) {
                toPaint.add(order[k]);
            }
        }
        if (order.length > 0) {
            new Run(order, repeat, toPaint.stream().mapToInt(Integer::intValue).toArray(), sink, progress).go();
        }
    }

    /** A canvas, and the native planes its picture is converted into when the sink reads them. */
    private static final class Slot {
        final BufferedImage canvas;
        /** Made by the first run whose sink reads converted planes. */
        Bt709Converter.Planes planes;
        /** The converted planes of the frame on the canvas, in this run; null if the sink reads none. */
        ByteBuffer yuv;

        Slot(int width, int height) {
            canvas = Frame.canvas(width, height);
        }
    }

    /** One pass over a list of frames. */
    private final class Run {
        private final int[] order;
        private final boolean[] repeat;
        private final int[] toPaint;
        private final FrameSink sink;
        private final IntConsumer progress;
        private final int width;
        private final int height;
        private final BlockingQueue<Slot> pool;
        private final boolean convert;
        /** The slot of the frame sent last, kept out of the pool; at first the one the last run sent last. */
        private Slot held;
        private final AtomicInteger nextToPaint = new AtomicInteger();
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition arrived = lock.newCondition();
        private final Map<Integer, Slot> ready = new HashMap<>();
        private Throwable failure;
        /**
         * Workers inside {@link #paintLoop}, and whether the run is over; guarded by {@code lock}. A
         * cancelled Future's get() returns while its worker may still be converting into a slot's native
         * planes, so a run ends only once this count is back to zero.
         */
        private int working;
        private boolean over;
        private final Condition left = lock.newCondition();

        Run(int[] order, boolean[] repeat, int[] toPaint, FrameSink sink, IntConsumer progress) {
            this.order = order;
            this.repeat = repeat;
            this.toPaint = toPaint;
            this.sink = sink;
            this.progress = progress;
            this.width = workers.width();
            this.height = workers.height();
            int count = Math.min(workers.threads() + SPARE_SLOTS, toPaint.length + 1);
            this.pool = new ArrayBlockingQueue<>(count);
            this.convert = sink.readsYuv();
            while (slots.size() < count) {
                slots.add(new Slot(width, height));
            }
            for (Slot slot : slots.subList(0, count)) {
                if (convert && slot.planes == null) {
                    slot.planes = new Bt709Converter.Planes(width, height);
                }
                slot.yuv = null;
                if (slot == lastSent) {
                    held = slot;
                } else {
                    pool.add(slot);
                }
            }
        }

        void go() throws IOException {
            List<Future<?>> tasks = new ArrayList<>();
            try {
                for (int t = 0; t < workers.threads(); t++) {
                    tasks.add(workers.executor().submit(this::paintLoop));
                }
                for (int k = 0; k < order.length; k++) {
                    int frame = order[k];
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedIOException("render interrupted at frame " + frame);
                    }
                    Slot slot;
                    if (repeat[k]) {
                        slot = held;
                    } else {
                        slot = await(frame);
                        if (held != null) {
                            pool.add(held);
                        }
                        held = slot;
                    }
                    sink.accept(new SlotFrame(frame, slot));
                    progress.accept(k + 1);
                }
            } finally {
                lastSent = held;
                lock.lock();
                try {
                    over = true;
                } finally {
                    lock.unlock();
                }
                for (Future<?> task : tasks) {
                    task.cancel(true);
                }
                // The slots and converters stay for the next run; close() frees them.
                awaitWorkersGone();
            }
        }

        private boolean isOver() {
            lock.lock();
            try {
                return over;
            } finally {
                lock.unlock();
            }
        }

        /** Waits, even if interrupted, until no worker can touch a slot any more. */
        private void awaitWorkersGone() {
            boolean interrupted = false;
            lock.lock();
            try {
                while (working > 0) {
                    try {
                        left.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                lock.unlock();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        private Void paintLoop() {
            lock.lock();
            try {
                if (over) {
                    return null;
                }
                working++;
            } finally {
                lock.unlock();
            }
            Bt709Converter converter = null;
            try {
                FramePainter painter = workers.painter();
                // One converter per worker at a time (its context and source copy), kept for the next run;
                // the planes it fills travel with the canvas.
                if (convert) {
                    converter = converters.poll();
                    converter = converter != null ? converter : new Bt709Converter(width, height);
                }
                while (true) {
                    // Not take(): an interrupt that reached the worker inside a library that swallowed it
                    // (native code, a channel) would leave it waiting here for ever once the run is over.
                    Slot slot = pool.poll(50, TimeUnit.MILLISECONDS);
                    if (slot == null) {
                        if (isOver()) {
                            return null;
                        }
                        continue;
                    }
                    int k = nextToPaint.getAndIncrement();
                    if (k >= toPaint.length) {
                        pool.add(slot);
                        return null;
                    }
                    paint(painter, converter, toPaint[k], slot);
                    lock.lock();
                    try {
                        ready.put(toPaint[k], slot);
                        arrived.signalAll();
                    } finally {
                        lock.unlock();
                    }
                }
            } catch (InterruptedException stopped) {
                return null;
            } catch (Throwable e) {
                lock.lock();
                try {
                    if (failure == null) {
                        failure = e;
                    }
                    arrived.signalAll();
                } finally {
                    lock.unlock();
                }
                return null;
            } finally {
                if (converter != null) {
                    converters.add(converter);
                }
                lock.lock();
                try {
                    working--;
                    left.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        }

        private void paint(FramePainter painter, Bt709Converter converter, int frame, Slot slot) {
            FramePipeline.this.paint(painter, frame, slot.canvas);
            if (converter != null) {
                slot.yuv = converter.convert(slot.canvas, slot.planes);
            }
        }

        private Slot await(int frame) throws IOException {
            lock.lock();
            try {
                while (true) {
                    if (failure != null) {
                        throw Failures.rethrow(failure);
                    }
                    Slot slot = ready.remove(frame);
                    if (slot != null) {
                        return slot;
                    }
                    arrived.await();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("render interrupted at frame " + frame);
            } finally {
                lock.unlock();
            }
        }

        /** A painted frame, as the sink sees it: the canvas it was painted on, and its converted planes. */
        private final class SlotFrame implements Frame {
            private final int index;
            private final Slot slot;

            SlotFrame(int index, Slot slot) {
                this.index = index;
                this.slot = slot;
            }

            @Override
            public int index() {
                return index;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public BufferedImage raster() {
                return slot.canvas;
            }

            @Override
            public Optional<ByteBuffer> yuv() {
                return slot.yuv == null ? Optional.empty() : Optional.of(slot.yuv.duplicate());
            }

            @Override
            public void paint(Graphics2D g) {
                workers.callerPainter().paint(g, timeline.at(index));
            }
        }
    }
}
