package convreel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The caption is read as it appears, and is whole long before its beat ends. */
class CaptionRevealTest {

    @Test
    void everyCaptionStartsHiddenAndIsWholeBy40PercentOrTwoAndAHalfSeconds() throws Exception {
        Scene scene = SceneLoader.load(Path.of("scenes/convolution.yaml"));
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
        for (BeatSpan span : timeline.spans()) {
            FrameState first = timeline.at(span.firstFrame());
            assertEquals(0.0, first.cue(Cue.CAPTION), 0.0, "beat " + (span.index() + 1) + " shows its caption at once");
            double seconds = span.endSeconds() - span.startSeconds();
            double whole = Math.min(0.4 * seconds, 2.5);
            FrameState shown = timeline.at(span.firstFrame() + (int) Math.ceil(whole * timeline.fps()));
            assertEquals(1.0, shown.cue(Cue.CAPTION), 0.0, "beat " + (span.index() + 1) + " still revealing its caption");
            FrameState midway = timeline.at(span.firstFrame() + (int) Math.round(whole / 3 * timeline.fps()));
            assertTrue(midway.cue(Cue.CAPTION) > 0 && midway.cue(Cue.CAPTION) < 1,
                    "beat " + (span.index() + 1) + " reveals its caption at once, not progressively");
        }
    }
}
