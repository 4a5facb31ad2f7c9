package convreel.export.pipeline;

import convreel.export.mp4.Mp4Sink;
import convreel.export.mp4.Segment;
import convreel.io.Sha256;
import convreel.timeline.BeatSpan;
import convreel.timeline.FrameState;
import convreel.timeline.Timeline;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Cuts a video into one {@link Segment} per beat and keys each by what it shows.
 *
 * <p>Where a beat's segment starts matters only for how much a change costs: a segment's key comes
 * from the fingerprints of its own frames, so any cut gives correct videos. The cut is placed where a
 * change of beat is least visible: the first frame whose fade-in is at least half way. The painter
 * dips between beats (the old picture and caption fade out in the first half of the fade, the new
 * ones in during the second), so the frames before the cut show only the previous beat and those after
 * it only the new one, and editing one beat's caption changes one segment, not two.
 */
final class SegmentPlan {
    private static final String VERSION = "convreel segment 1";

    private SegmentPlan() {
    }

    /** Where one beat's segment lies, before its frames are fingerprinted. */
    record Cut(int beat, int firstFrame, int frameCount) {
        int endFrame() {
            return firstFrame + frameCount;
        }
    }

    /** Where the segments of {@code timeline} lie: one per beat, in order, covering every frame. */
    static List<Cut> cuts(Timeline timeline) {
        List<BeatSpan> spans = timeline.spans();
        int[] starts = new int[spans.size() + 1];
        for (int b = 0; b < spans.size(); b++) {
            starts[b] = b == 0 ? 0 : cut(timeline, spans.get(b));
        }
        starts[spans.size()] = timeline.frameCount();
        List<Cut> cuts = new ArrayList<>();
        for (int b = 0; b < spans.size(); b++) {
            cuts.add(new Cut(b, starts[b], starts[b + 1] - starts[b]));
        }
        return List.copyOf(cuts);
    }

    /**
     * The segment at {@code cut}, keyed with {@code encoder} (see {@link Mp4Sink#encoderIdentity}) and
     * {@code program} (the running convreel's identity); its frames' prints must be taken.
     */
    static Segment keyed(Cut cut, FramePrints prints, String encoder, String program) {
        MessageDigest sha = Sha256.digest();
        sha.update((VERSION + "\n" + program + "\n" + encoder + "\nframes " + cut.frameCount() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        boolean cacheable = true;
        for (int i = cut.firstFrame(); i < cut.endFrame(); i++) {
            prints.of(i).addTo(sha);
            cacheable &= !prints.of(i).unique();
        }
        return new Segment(cut.beat(), cut.firstFrame(), cut.frameCount(), HexFormat.of().formatHex(sha.digest()), cacheable);
    }

    /** The first frame of {@code span} at least half way through its fade-in, or its first frame if none is. */
    private static int cut(Timeline timeline, BeatSpan span) {
        for (int i = span.firstFrame(); i < span.firstFrame() + span.frameCount(); i++) {
            FrameState state = timeline.at(i);
            if (state.enter() >= 0.5 && state.captionOpacity() >= 0.5) {
                return i;
            }
        }
        return span.firstFrame();
    }

}
