package convreel.export.mp4;

import convreel.export.Frame;
import convreel.export.FrameSink;
import java.io.IOException;
import java.util.function.Consumer;
import org.bytedeco.javacpp.Pointer;

/**
 * Encodes one segment's frames into the cache with an {@link Mp4Sink} of its own: opened on its first
 * frame and, on its last, checked to be whole, its hash recorded, and put in place (renamed onto its
 * key), so a render stopped half way keeps the segments it completed and nothing else.
 */
public final class SegmentWriter implements FrameSink {
    private final Segment segment;
    private final SegmentCache cache;
    private final VideoSpec spec;
    private final Consumer<Segment> written;
    private Mp4Sink current;
    private boolean done;

    /** Writes {@code segment}, telling {@code written} once it is put in place. */
    public SegmentWriter(Segment segment, SegmentCache cache, VideoSpec spec, Consumer<Segment> written) {
        this.segment = segment;
        this.cache = cache;
        this.spec = spec;
        this.written = written;
    }

    @Override
    public boolean readsYuv() {
        return true;
    }

    @Override
    public void accept(Frame frame) throws IOException {
        if (done) {
            throw new IllegalStateException("frame " + frame.index() + " arrived after the segment's last");
        }
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
            try (Mp4Sink finished = current) {
                current = null;
                finished.finish();
            }
            // Each segment has its own x264 encoder, whose frames (a hundred megabytes at 1080p) are freed
            // when it closes; glibc would keep that memory for itself, so a long video would hold more
            // and more of it. Hand it back to the system.
            Pointer.trimMemory();
            done = true;
            written.accept(segment);
        }
    }

    @Override
    public void finish() {
        if (!done) {
            throw new IllegalStateException("the segment of beat " + segment.beat() + " was not written whole");
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
