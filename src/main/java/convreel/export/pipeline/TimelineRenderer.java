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
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
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
    private final int encoders;

    /**
     * @param painters builds a painter; called once for each painting thread and once for the caller,
     *                 and every painter it builds must draw the same frames
     * @param threads  how many threads paint
     */
    public TimelineRenderer(Timeline timeline, Supplier<FramePainter> painters, int threads) {
        this(timeline, painters, threads, 1);
    }

    private TimelineRenderer(Timeline timeline, Supplier<FramePainter> painters, int threads, int encoders) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.painters = Objects.requireNonNull(painters, "painters");
        if (threads < 1) {
            throw new IllegalArgumentException("a render needs at least 1 painting thread, got " + threads);
        }
        if (encoders < 1) {
            throw new IllegalArgumentException("a render needs at least 1 encoder, got " + encoders);
        }
        this.threads = threads;
        this.encoders = encoders;
    }

    /**
     * This renderer, encoding {@code encoders} segments of a cached render at once, each with its own
     * x264 and its own share of the painting threads (at least one each).
     */
    public TimelineRenderer withEncoders(int encoders) {
        return new TimelineRenderer(timeline, painters, threads, encoders);
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
        FramePrints prints = FramePrints.of(timeline);
        try (sink; PaintWorkers workers = new PaintWorkers(painters, threads);
                FramePipeline pipeline = new FramePipeline(timeline, workers, prints)) {
            // A beat's frames are fingerprinted when the render reaches it, so the first frame is not
            // kept waiting for the whole video's prints.
            for (SegmentPlan.Cut cut : SegmentPlan.cuts(timeline)) {
                prints.take(cut.firstFrame(), cut.endFrame(), workers);
                int before = cut.firstFrame();
                pipeline.run(cut.firstFrame(), cut.endFrame(), sink, k -> progress.accept(before + k));
            }
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
        try (SoundWork soundWork = SoundWork.start(sound, soundKey, cache, work)) {
            CachedPass pass = new CachedPass(preset, cache, program, beat -> true, progress);
            pass.run();
            checkInterrupted();
            soundWork.await();
            List<Segment> segments = pass.segments();
            List<Path> files = segments.stream().map(segment -> cache.fileOf(segment.key())).toList();
            // A segment found unreadable while joining is dropped and rendered again, once per segment.
            for (int attempt = 0; ; attempt++) {
                try {
                    SegmentJoiner.join(segments, files, timeline.fps(), output,
                            soundKey == null ? null : cache.fileOf(soundKey));
                    break;
                } catch (SegmentJoiner.BadSegmentException bad) {
                    if (attempt >= segments.size() || pass.rendered.contains(bad.segment())) {
                        throw bad;
                    }
                    pass.damaged.add(bad.segment());
                    cache.forget(bad.segment().key());
                    pass.again(bad.segment());
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
            return new CacheUse(segments, byBeat(pass.rendered), byBeat(pass.damaged), soundWork.await());
        }
    }

    /**
     * Encodes into {@code cache} the segments of the beats {@code part} accepts (counted from 0) that it
     * does not hold yet, and writes no video: several processes, on as many machines sharing the cache
     * folder, can each take a part of one long video, and a render of the whole then only joins. The
     * part that holds beat 0 also makes the sound. Nothing is trimmed from the cache, which other parts
     * are filling. Returns what this part did, its segments only.
     */
    public CacheUse cachedPart(String preset, SegmentCache cache, String program, Soundtrack sound, Path work,
            IntPredicate part, IntConsumer progress) throws IOException {
        Soundtrack ours = part.test(0) ? sound : null;
        String soundKey = ours == null ? null : SoundSegment.key(ours, program);
        try (SoundWork soundWork = SoundWork.start(ours, soundKey, cache, work)) {
            CachedPass pass = new CachedPass(preset, cache, program, part, progress);
            pass.run();
            checkInterrupted();
            return new CacheUse(pass.segments(), byBeat(pass.rendered), byBeat(pass.damaged), soundWork.await());
        }
    }

    /** How many frames the segments of {@code timeline}'s beats that {@code part} accepts hold. */
    public static int framesOf(Timeline timeline, IntPredicate part) {
        return SegmentPlan.cuts(timeline).stream().filter(cut -> part.test(cut.beat())).mapToInt(SegmentPlan.Cut::frameCount).sum();
    }

    private static List<Segment> byBeat(List<Segment> segments) {
        return segments.stream().sorted(java.util.Comparator.comparingInt(Segment::beat)).toList();
    }

    /**
     * One pass of a cached render over the beats: each beat's frames are fingerprinted, its segment keyed
     * and looked up, and encoded into the cache if it is not there, beat after beat, so the first frame is
     * encoded as soon as the first beat is fingerprinted. With several encoders, each takes the next beat
     * not taken yet on painting threads of its own.
     */
    private final class CachedPass {
        private final String preset;
        private final SegmentCache cache;
        private final String program;
        private final IntPredicate part;
        private final IntConsumer progress;
        private final FramePrints prints = FramePrints.of(timeline);
        private final List<SegmentPlan.Cut> cuts = SegmentPlan.cuts(timeline);
        private final Segment[] segments = new Segment[cuts.size()];
        private final AtomicInteger nextCut = new AtomicInteger();
        final List<Segment> rendered = Collections.synchronizedList(new ArrayList<>());
        final List<Segment> damaged = Collections.synchronizedList(new ArrayList<>());
        private int done;

        CachedPass(String preset, SegmentCache cache, String program, IntPredicate part, IntConsumer progress) {
            this.preset = preset;
            this.cache = cache;
            this.program = program;
            this.part = part;
            this.progress = progress;
        }

        /** The segments of the beats this pass took, in order. */
        List<Segment> segments() {
            return java.util.Arrays.stream(segments).filter(Objects::nonNull).toList();
        }

        void run() throws IOException {
            int lanes = Math.min(encoders, cuts.size());
            if (lanes == 1) {
                lane(threads);
                return;
            }
            ExecutorService encoding = Executors.newFixedThreadPool(lanes, task -> {
                Thread t = new Thread(task, "convreel-encoder");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> tasks = new ArrayList<>();
                for (int l = 0; l < lanes; l++) {
                    tasks.add(encoding.submit(() -> {
                        lane(Math.max(1, threads / lanes));
                        return null;
                    }));
                }
                for (Future<?> task : tasks) {
                    task.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("render interrupted");
            } catch (ExecutionException e) {
                throw Failures.rethrow(e.getCause());
            } finally {
                PaintWorkers.stopAndWait(encoding);
            }
        }

        /** Takes beat after beat until none is left, on {@code painting} threads of its own. */
        private void lane(int painting) throws IOException {
            try (PaintWorkers workers = new PaintWorkers(painters, painting);
                    FramePipeline pipeline = new FramePipeline(timeline, workers, prints)) {
                VideoSpec spec = new VideoSpec(workers.width(), workers.height(), timeline.fps(), preset);
                String encoder = Mp4Sink.encoderIdentity(spec);
                for (int c; (c = nextCut.getAndIncrement()) < cuts.size(); ) {
                    checkInterrupted();
                    SegmentPlan.Cut cut = cuts.get(c);
                    if (!part.test(cut.beat())) {
                        continue;
                    }
                    prints.take(cut.firstFrame(), cut.endFrame(), workers);
                    Segment segment = SegmentPlan.keyed(cut, prints, encoder, program);
                    segments[c] = segment;
                    SegmentCache.State state = segment.cacheable() ? cache.check(segment.key()) : SegmentCache.State.ABSENT;
                    if (state == SegmentCache.State.INTACT) {
                        advance(segment.frameCount());
                        continue;
                    }
                    if (state.damaged()) {
                        damaged.add(segment);
                        cache.forget(segment.key());
                    }
                    encode(segment, pipeline, spec);
                }
            }
        }

        /** Encodes {@code segment} again, after the joiner found its file unreadable. */
        void again(Segment segment) throws IOException {
            try (PaintWorkers workers = new PaintWorkers(painters, threads);
                    FramePipeline pipeline = new FramePipeline(timeline, workers, prints)) {
                encode(segment, pipeline, new VideoSpec(workers.width(), workers.height(), timeline.fps(), preset));
            }
        }

        private void encode(Segment segment, FramePipeline pipeline, VideoSpec spec) throws IOException {
            int[] told = {0};
            try (SegmentWriter writer = new SegmentWriter(segment, cache, spec, rendered::add)) {
                pipeline.run(segment.firstFrame(), segment.endFrame(), writer, k -> {
                    advance(k - told[0]);
                    told[0] = k;
                });
                writer.finish();
            }
        }

        /** Tells the progress listener of {@code frames} more frames done, one lane at a time. */
        private synchronized void advance(int frames) {
            done += frames;
            progress.accept(done);
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
