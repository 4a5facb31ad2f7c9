package convreel.export.pipeline;

import convreel.export.Frame;
import convreel.export.FrameSink;
import convreel.export.image.ImageFormat;
import convreel.export.mp4.Mp4Sink;
import convreel.export.mp4.Segment;
import convreel.export.mp4.SegmentCache;
import convreel.export.mp4.SegmentJoiner;
import convreel.export.mp4.SegmentWriter;
import convreel.export.mp4.SoundSegment;
import convreel.export.mp4.VideoSpec;
import convreel.io.StagedOutput;
import convreel.audio.Soundtrack;
import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Drives a timeline through its painters into sinks: the whole video, or one frame.
 *
 * <p>Frames are painted on {@code threads} threads, each with its own painter, and reach the sinks in
 * order ({@link FramePipeline}); a frame that repeats the one before is not painted again. Memory
 * stays flat however long the video is: a few canvases, and a fingerprint of 32 bytes a frame.
 *
 * <p>{@link #cachedVideo} renders an MP4 through a {@link SegmentCache}: one segment per beat, each
 * keyed by what it shows, so a render after a small edit encodes only the beats that changed and
 * copies the rest; a cached segment whose bytes are not those written is encoded again.
 */
public final class TimelineRenderer {
    private final Timeline timeline;
    private final Supplier<FramePainter> painters;
    private final int threads;

    /**
     * @param painters builds a painter; called once for each painting thread and once for the caller,
     *                 and every painter it builds must draw the same frames
     * @param threads  how many threads paint
     */
    public TimelineRenderer(Timeline timeline, Supplier<FramePainter> painters, int threads) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.painters = Objects.requireNonNull(painters, "painters");
        if (threads < 1) {
            throw new IllegalArgumentException("a render needs at least 1 painting thread, got " + threads);
        }
        this.threads = threads;
    }

    public Timeline timeline() {
        return timeline;
    }

    /**
     * Sends every frame to {@code sink} in order, then finishes it; {@code progress} hears the count
     * of frames done after each one. If anything fails, the sink is closed unfinished and leaves no
     * output behind.
     */
    public void video(FrameSink sink, IntConsumer progress) throws IOException {
        try (sink; PaintWorkers workers = new PaintWorkers(painters, threads)) {
            FramePrints prints = FramePrints.of(timeline, workers);
            new FramePipeline(timeline, workers, prints).run(0, timeline.frameCount(), sink, progress);
            checkInterrupted();
            sink.finish();
        }
    }

    /**
     * Renders the video to {@code output} through {@code cache}: the segments the cache holds are
     * reused, the others encoded into it with x264's {@code preset}, and all are joined with
     * {@code sound} (or none if null) as the sound track, itself mixed and encoded only if the cache does
     * not hold it yet ({@link SoundSegment}; temporary audio goes to {@code work}). The result is the
     * video a render without the cache would give, frame for frame (each beat's segment starts on a
     * keyframe of its own).
     * {@code program} names the running convreel, so a new version never reuses an old one's segments.
     * {@code progress} hears the frames done, reused ones included.
     */
    public CacheUse cachedVideo(Path output, String preset, SegmentCache cache, String program, Soundtrack sound,
            Path work, IntConsumer progress) throws IOException {
        Objects.requireNonNull(output, "output");
        String soundKey = sound == null ? null : SoundSegment.key(sound, program);
        // The sound is mixed and encoded on a thread of its own while the pictures are painted, so the
        // first frame does not wait for it; the join waits for the sound.
        try (SoundWork soundWork = SoundWork.start(sound, soundKey, cache, work);
                PaintWorkers workers = new PaintWorkers(painters, threads)) {
            FramePrints prints = FramePrints.of(timeline, workers);
            VideoSpec spec = new VideoSpec(workers.width(), workers.height(), timeline.fps(), preset);
            String encoder = Mp4Sink.encoderIdentity(spec);
            List<Segment> segments = SegmentPlan.of(timeline, prints, encoder, program);
            FramePipeline pipeline = new FramePipeline(timeline, workers, prints);
            List<Segment> rendered = new ArrayList<>();
            List<Segment> damaged = new ArrayList<>();
            // A segment found unreadable while joining is dropped and rendered again, once per segment.
            for (int attempt = 0; ; attempt++) {
                List<Path> files = new ArrayList<>();
                List<Segment> missing = new ArrayList<>();
                int reusedFrames = 0;
                for (Segment segment : segments) {
                    SegmentCache.State state = segment.cacheable() ? cache.check(segment.key()) : SegmentCache.State.ABSENT;
                    if (state == SegmentCache.State.INTACT) {
                        reusedFrames += segment.frameCount();
                    } else {
                        if (state.damaged()) {
                            damaged.add(segment);
                            cache.forget(segment.key());
                        }
                        missing.add(segment);
                    }
                    files.add(cache.fileOf(segment.key()));
                }
                int done = reusedFrames;
                progress.accept(done);
                SegmentWriter writer = new SegmentWriter(missing, cache, spec, rendered::add);
                try (writer) {
                    pipeline.run(writer.ranges(), writer, k -> progress.accept(done + k));
                    writer.finish();
                }
                checkInterrupted();
                soundWork.await();
                try {
                    SegmentJoiner.join(segments, files, timeline.fps(), output,
                            soundKey == null ? null : cache.fileOf(soundKey));
                    break;
                } catch (SegmentJoiner.BadSegmentException bad) {
                    if (attempt >= segments.size() || rendered.contains(bad.segment())) {
                        throw bad;
                    }
                    damaged.add(bad.segment());
                    cache.forget(bad.segment().key());
                }
            }
            for (Segment segment : segments) {
                if (!segment.cacheable()) {
                    cache.forget(segment.key());
                }
            }
            List<String> inUse = new ArrayList<>(segments.stream().map(Segment::key).toList());
            if (soundKey != null) {
                inUse.add(soundKey);
            }
            cache.trim(inUse);
            return new CacheUse(segments, rendered, damaged, soundWork.await());
        }
    }

    /** The sound track made ready in the cache on a thread of its own; closing waits for it to stop. */
    private static final class SoundWork implements AutoCloseable {
        private final ExecutorService thread;
        private final Future<CacheUse.Sound> result;

        private SoundWork(ExecutorService thread, Future<CacheUse.Sound> result) {
            this.thread = thread;
            this.result = result;
        }

        static SoundWork start(Soundtrack sound, String key, SegmentCache cache, Path work) {
            if (sound == null) {
                return new SoundWork(null, CompletableFuture.completedFuture(CacheUse.Sound.NONE));
            }
            ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
                Thread t = new Thread(task, "convreel-sound");
                t.setDaemon(true);
                return t;
            });
            return new SoundWork(thread, thread.submit(
                    () -> SoundSegment.ensure(sound, key, cache, work) ? CacheUse.Sound.REUSED : CacheUse.Sound.MIXED));
        }

        /** Waits for the sound to be in the cache; its failure is this render's. */
        CacheUse.Sound await() throws IOException {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("render interrupted while the sound was mixed");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException("the sound could not be made: " + cause, cause);
            }
        }

        /** Lets a sound still being made finish (it stages its file, so it leaves nothing half written). */
        @Override
        public void close() {
            if (thread == null) {
                return;
            }
            thread.shutdown();
            try {
                while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
                    // a mix runs a few seconds more at most; it stops on its own
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void checkInterrupted() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedIOException("render interrupted");
        }
    }

    /** Writes the frame at {@code seconds} as a PNG or, if {@code file} ends in {@code .svg}, an SVG. */
    public void still(double seconds, Path file) throws IOException {
        FramePainter painter = painters.get();
        Frame frame = new TimelineFrame(painter, timeline.at(timeline.frameAt(seconds)), TimelineFrame.canvasFor(painter));
        try (StagedOutput staged = StagedOutput.file(file)) {
            ImageFormat.of(file).write(frame, staged.staging());
            staged.commit();
        }
    }
}
