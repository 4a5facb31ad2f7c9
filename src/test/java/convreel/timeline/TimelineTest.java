package convreel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Cell;
import convreel.model.Scene;
import convreel.testing.SeedScene;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            beats.add(new Beat("x", 0.71, new Show.Slide()));
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
        assertEquals(9.0, step.productsShown(), 0.0);
        assertEquals(1.0, step.sumShown(), 0.0);
        assertEquals(1.0, step.landing(), 0.0);
        assertEquals(1.0, step.alpha(new Cell(0, 0), 3));
        assertEquals(0.0, step.alpha(new Cell(0, 1), 3));

        Shot slideEnd = timeline.at(359).shot();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(1.0, slideEnd.alpha(new Cell(r, c), 3));
            }
        }
        for (Map.Entry<CueKey, CueTimes.Timed> cue : timeline.cues(2).cues().entrySet()) {
            assertEquals(cue.getValue().to(), timeline.at(359).cues().value(cue.getKey(), timeline.at(359).seconds()), 0.0,
                    cue.getKey() + " ends exactly on its end value");
        }
    }

    @Test
    void theHookMovesFromTheFirstFrameAndLaterBeatsTakeOverFromTheOneBefore() {
        FrameState first = timeline.at(0);
        assertNull(first.transition(), "the hook is there on frame 0: a strong first second");
        assertEquals(1.0, first.enter());
        FrameState second = timeline.at(29);
        assertTrue(second.shot().filled() > 0 || !second.shot().pose().equals(first.shot().pose()),
                "within the first second the window has moved or a number has landed");
        FrameState stepStart = timeline.at(60);
        assertEquals(0.0, stepStart.enter(), "the step takes over from the hook");
        assertTrue(stepStart.outgoing() != null && stepStart.outgoing().span().index() == 0);
        assertNull(timeline.at(60 + (int) Math.ceil(Timeline.TRANSITION_SECONDS * 30)).transition());
    }

    @Test
    void aSlideAfterAStepSharesEveryActorWithIt() {
        FrameState slideStart = timeline.at(180);
        assertEquals(Set.of(Actor.INPUT, Actor.KERNEL, Actor.FEATURE_MAP, Actor.ARITHMETIC, Actor.CAPTION),
                slideStart.transition().shared());
        Shot lastOfStep = timeline.at(179).shot();
        Shot firstOfSlide = slideStart.shot();
        assertEquals(lastOfStep.pose(), firstOfSlide.pose(), "the window carries on from where the step left it");
        assertEquals(lastOfStep.window(), firstOfSlide.window());
        assertEquals(1.0, firstOfSlide.alpha(new Cell(0, 0), 3), "the step's cell stays filled");
    }

    @Test
    void anAnchorStartsACueAtItsSecondAndTheRestFollows() {
        double[] seconds = scene.beats().stream().mapToDouble(Beat::seconds).toArray();
        Timeline plain = Timeline.of(scene, SceneComputation.of(scene));
        Timeline pinned = Timeline.of(scene, SceneComputation.of(scene), seconds,
                List.of(Map.of(), Map.of("sum 1", 2.5), Map.of()));
        assertEquals(2.5, pinned.cues(1).timed(new CueKey(Cue.SUM, 0)).start(), 1e-12);
        double shift = 2.5 - plain.cues(1).timed(new CueKey(Cue.SUM, 0)).start();
        assertEquals(plain.cues(1).timed(new CueKey(Cue.LAND, 0)).start() + shift,
                pinned.cues(1).timed(new CueKey(Cue.LAND, 0)).start(), 1e-9);
        int frame = 60 + 75;
        assertTrue(pinned.at(frame + 1).shot().sumShown() > 0 && pinned.at(frame).shot().sumShown() == 0,
                "the sum starts appearing on the frame at 2.5 s into the beat");
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Timeline.of(scene,
                SceneComputation.of(scene), seconds, List.of(Map.of(), Map.of("trace", 1.0), Map.of())));
        assertTrue(unknown.getMessage().startsWith("beat 2"), unknown.getMessage());
    }

    @Test
    void aStandaloneSlideWorksOutItsFirstPositionsSlowlyThenSpeedsUp() {
        Scene slideOnly = new Scene("slide", "t", scene.image(), scene.kernels(), scene.stride(), scene.padding(),
                scene.activation(), List.of(new Beat("x", 20, new Show.Slide())), 30, Numerals.LATIN, Format.LANDSCAPE);
        CueTimes cues = Timeline.of(slideOnly, SceneComputation.of(slideOnly)).cues(0);
        double second = cues.timed(new CueKey(Cue.MOVE, 2)).start() - cues.timed(new CueKey(Cue.MOVE, 1)).start();
        double fifth = cues.timed(new CueKey(Cue.MOVE, 5)).start() - cues.timed(new CueKey(Cue.MOVE, 4)).start();
        assertTrue(second > 3 * fifth, "a slow position takes " + second + " s, a fast one " + fifth + " s");
        assertTrue(cues.timed(CueKey.of(Cue.ZOOM_IN)).end() <= cues.timed(new CueKey(Cue.MOVE, 2)).start(),
                "the camera is in close while the first positions are worked out");
    }

    /**
     * A photo beat: the close-up, then the numbers; the pull-back, then the first kernel's sweep,
     * then the other maps and the legend, each after the one before.
     */
    @Test
    void aPhotoBeatClosesInBeforeItsNumbersAndPullsBackBeforeItsMaps() {
        int[] grey = new int[10 * 8];
        Show.Photo photo = new Show.Photo(convreel.model.Picture.of("p.png", 10, 8, grey, new Cell(0, 0), 3, 3));
        Scene photoOnly = new Scene("photo", "t", scene.image(), List.of(scene.kernels().get(0),
                new convreel.model.Kernel("again", scene.kernels().get(0).weights(), 0)), scene.stride(), scene.padding(), scene.activation(), List.of(new Beat("x", 16, photo)), 30,
                Numerals.LATIN, Format.LANDSCAPE);
        CueTimes cues = Timeline.of(photoOnly, SceneComputation.of(photoOnly)).cues(0);
        List<CueKey> order = List.of(CueKey.of(Cue.IMAGE), CueKey.of(Cue.CLOSE_UP), CueKey.of(Cue.NUMBERS),
                CueKey.of(Cue.WIDE), new CueKey(Cue.RESPONSE, 0), CueKey.of(Cue.SWEEP), new CueKey(Cue.RESPONSE, 1),
                CueKey.of(Cue.LEGEND));
        for (int i = 1; i < order.size(); i++) {
            assertTrue(cues.timed(order.get(i)).start() >= cues.timed(order.get(i - 1)).end() - 1e-9,
                    order.get(i) + " starts after " + order.get(i - 1) + " ends");
        }
    }

    @Test
    void slideVisitsEveryPositionInReadingOrderWithoutJumps() {
        List<Cell> visited = new ArrayList<>();
        WindowPose previous = null;
        BeatSpan span = timeline.spans().get(2);
        for (int f = span.firstFrame(); f < span.firstFrame() + span.frameCount(); f++) {
            Shot shot = timeline.at(f).shot();
            WindowPose pose = shot.pose();
            if (previous != null) {
                double moved = Math.hypot(pose.row() - previous.row(), pose.col() - previous.col());
                assertTrue(moved < 0.6, "the window glides, frame " + f + " moved " + moved + " cells");
            }
            previous = pose;
            Cell at = shot.window().output();
            if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(at)) {
                visited.add(at);
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
        FrameState fresh = Timeline.of(scene, SceneComputation.of(scene)).at(250);
        Timeline visited = Timeline.of(scene, SceneComputation.of(scene));
        visited.at(340);
        visited.at(10);
        assertEquals(fresh, visited.at(250), "the frames asked for before do not change it");
    }

    /** The default video's pass goes in close on the window, then pulls back to the whole map. */
    @Test
    void theCameraZoomsInOnTheWindowAndPullsBackInTheDefaultVideosPass() throws Exception {
        Scene video = convreel.script.SceneLoader.load(java.nio.file.Path.of("scenes/convolution.yaml"));
        Timeline whole = Timeline.of(video, SceneComputation.of(video));
        BeatSpan pass = whole.spans().stream().filter(s -> s.beat().show() instanceof Show.Slide).findFirst().orElseThrow();
        double closest = 1;
        for (int f = pass.firstFrame(); f < pass.firstFrame() + pass.frameCount(); f++) {
            Camera camera = whole.at(f).camera();
            if (camera.focus() == Camera.Focus.WINDOW) {
                closest = Math.max(closest, camera.zoom());
            }
        }
        assertTrue(closest >= 1.19, "in close on the window: " + closest);
        Camera end = whole.at(pass.firstFrame() + pass.frameCount() - 1).camera();
        assertEquals(0.0, end.toward(), 0.0, "back to the whole map");
        assertTrue(end.zoom() < 1.05, "only the slow push of the read is left: " + end.zoom());
    }

    /** The zoom short lives up to its title: its pass looks at the window well over one and a half times closer. */
    @Test
    void theZoomShortZooms() throws Exception {
        Scene zoom = convreel.script.SceneLoader.load(java.nio.file.Path.of("scenes/shorts/3-zoom.yaml"));
        Timeline short3 = Timeline.of(zoom, SceneComputation.of(zoom));
        double closest = 1;
        for (int f = 0; f < short3.frameCount(); f++) {
            closest = Math.max(closest, short3.at(f).camera().zoom());
        }
        assertTrue(closest >= 1.55, "zoom " + closest);
    }
}
