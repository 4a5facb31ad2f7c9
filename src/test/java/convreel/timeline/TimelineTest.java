package convreel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Cell;
import convreel.model.Scene;
import convreel.testing.SeedScene;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private final Scene scene = SeedScene.scene();
    private final Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));

    @Test
    void videoLastsTheSumOfTheBeatsToTheFrame() {
        assertEquals(12 * 30, timeline.frameCount());
        List<BeatSpan> spans = timeline.spans();
        assertEquals(0, spans.get(0).firstFrame());
        assertEquals(60, spans.get(1).firstFrame());
        assertEquals(180, spans.get(2).firstFrame());
        assertEquals(12.0, spans.get(2).endSeconds(), 1e-9);
    }

    @Test
    void fractionalSecondsNeverDriftMoreThanOneFrame() {
        List<Beat> beats = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            beats.add(new Beat.Slide("x", 0.71));
        }
        Scene long50 = new Scene("drift", "t", scene.image(), scene.kernels(), scene.stride(), scene.padding(),
                scene.activation(), beats, 30, Numerals.LATIN, Format.LANDSCAPE);
        Timeline drift = Timeline.of(long50, SceneComputation.of(long50));
        assertEquals(50 * 0.71 * 30, drift.frameCount(), 1.0);
    }

    @Test
    void everyBeatEndsInItsFinishedState() {
        FrameState stepEnd = timeline.at(179);
        Shot step = stepEnd.shot();
        assertEquals(1.0, stepEnd.progress());
        assertEquals(9.0, step.productsShown(), 1e-9);
        assertEquals(1.0, step.sumShown());
        assertEquals(1.0, step.reveal().alpha(new Cell(0, 0), 3));
        assertEquals(0.0, step.reveal().alpha(new Cell(0, 1), 3));
        assertEquals(1.0, step.activation());

        Shot slideEnd = timeline.at(359).shot();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(1.0, slideEnd.reveal().alpha(new Cell(r, c), 3));
            }
        }
        assertEquals(1.0, slideEnd.activation());
    }

    @Test
    void theFirstFrameShowsTheHookAtOnceAndLaterPicturesFadeIn() {
        FrameState first = timeline.at(0);
        assertNull(first.shot());
        assertEquals(1.0, first.enter(), "the title is there on frame 0: a strong first second");
        assertEquals(1.0, first.caption());
        FrameState stepStart = timeline.at(60);
        assertEquals(0.0, stepStart.enter(), "the step fades in over the title");
        assertTrue(stepStart.outgoing() != null && stepStart.outgoing().span().index() == 0);
        assertEquals(1.0, timeline.at(75).enter());
    }

    @Test
    void slideVisitsEveryPositionInReadingOrderWithoutJumps() {
        List<Cell> visited = new ArrayList<>();
        WindowPose previous = null;
        for (BeatSpan span = timeline.spans().get(2), unused = null; unused == null; unused = span) {
            for (int f = span.firstFrame(); f < span.firstFrame() + span.frameCount(); f++) {
                Shot shot = timeline.at(f).shot();
                WindowPose pose = shot.window();
                if (previous != null) {
                    double moved = Math.hypot(pose.row() - previous.row(), pose.col() - previous.col());
                    assertTrue(moved < 0.5, "the window glides, frame " + f + " moved " + moved + " cells");
                }
                previous = pose;
                Cell at = shot.math().output();
                if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(at)) {
                    visited.add(at);
                }
            }
        }
        List<Cell> readingOrder = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                readingOrder.add(new Cell(r, c));
            }
        }
        assertEquals(readingOrder, visited);
    }

    @Test
    void stepShowsProductsOneAfterAnother() {
        BeatSpan step = timeline.spans().get(1);
        double last = -1;
        for (int f = step.firstFrame(); f < step.firstFrame() + step.frameCount(); f++) {
            double shown = timeline.at(f).shot().productsShown();
            assertTrue(shown >= last, "products never disappear during a step");
            last = shown;
        }
        double halfway = timeline.at(step.firstFrame() + step.frameCount() / 3).shot().productsShown();
        assertTrue(halfway > 1 && halfway < 9, "a third of the way in, some but not all products are shown: " + halfway);
    }

    @Test
    void aFrameIsAPureFunctionOfItsIndex() {
        assertEquals(timeline.at(250), timeline.at(250));
        assertEquals(timeline.at(250), Timeline.of(scene, SceneComputation.of(scene)).at(250));
    }
}
