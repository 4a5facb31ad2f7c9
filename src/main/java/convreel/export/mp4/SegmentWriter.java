package convreel.export.mp4;

import convreel.export.Frame;
import convreel.export.FrameSink;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.bytedeco.javacpp.Pointer;

/**
 * Encodes frames into the cache, one {@link Mp4Sink} per segment: the frames of the segments to
 * write arrive in order, each segment is opened on its first frame and, on its last, checked to be
 * whole, its hash recorded, and put in place (renamed onto its key), so a render stopped half way keeps
 * the segments it completed and nothing else.
 */
public final class SegmentWriter implements FrameSink {
    private final List<Segment> segments;
    private final SegmentCache cache;
    private final VideoSpec spec;
    private final Consumer<Segment> written;
    private int next;
    private Mp4Sink current;

    /** Writes {@code segments}, in order, telling {@code written} of each one as it is put in place. */
    public SegmentWriter(List<Segment> segments, SegmentCache cache, VideoSpec spec, Consumer<Segment> written) {
        this.segments = List.copyOf(segments);
        this.cache = cache;
        this.spec = spec;
        this.written = written;
    }

    /** The frames to send, as the {@code from, to} pairs the frame pipeline takes. */
    public int[] ranges() {
        int[] ranges = new int[segments.size() * 2];
        for (int s = 0; s < segments.size(); s++) {
            ranges[2 * s] = segments.get(s).firstFrame();
            ranges[2 * s + 1] = segments.get(s).endFrame();
        }
        return ranges;
    }

    @Override
    public boolean readsYuv() {
        return true;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (next >= segments.size()) {
            throw new IllegalStateException("frame " + frame.index() + " arrived after the last segment");
        }
        Segment segment = segments.get(next);
        if (current == null) {
            if (frame.index() != segment.firstFrame()) {
                throw new IllegalArgumentException("segment of beat " + segment.beat() + " starts at frame "
                        + segment.firstFrame() + ", got frame " + frame.index());
            }
            current = Mp4Sink.openSegment(cache.fileOf(segment.key()), spec,
                    staging -> cache.record(segment.key(), staging));
        }
        current.accept(frame);
        if (frame.index() == segment.endFrame() - 1) {
            try (Mp4Sink done = current) {
                current = null;
                done.finish();
            }
            // Each segment has its own x264 encoder, whose frames (a hundred megabytes at 1080p) are freed
            // when it closes; glibc would keep that memory for itself, so a long video would hold more
            // and more of it. Hand it back to the system.
            Pointer.trimMemory();
            next++;
            written.accept(segment);
        }
    }

    @Override
    public void finish() {
        if (next != segments.size()) {
            throw new IllegalStateException((segments.size() - next) + " segments were not written");
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
