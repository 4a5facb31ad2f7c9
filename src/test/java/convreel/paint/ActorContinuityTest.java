package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.testing.SeedScene;
import convreel.timeline.Actor;
import convreel.timeline.BeatSpan;
import convreel.timeline.FrameState;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Actors across a change of beat: a grid both beats show stays on screen, where it was and with
 * the numbers it had, then moves to its new place; and no frame ever writes two values in one cell.
 * Frames are painted on the recording canvas, at full size, on a one-pixel image: only the record
 * matters here.
 */
class ActorContinuityTest {
    private static final TextShaper SHAPER = new TextShaper(Typefaces.bundled());

    private record Painted(Timeline timeline, FramePainter painter) {
        static Painted of(Scene scene) {
            SceneComputation computation = SceneComputation.of(scene);
            return new Painted(Timeline.of(scene, computation), new FramePainter(scene, computation, Theme.standard(), SHAPER,
                    scene.format().width(), scene.format().height()));
        }

        List<Canvas.Element> paint(int frame) {
            BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            Canvas canvas = Canvas.recording(g);
            painter.paint(canvas, timeline.at(frame));
            g.dispose();
            return canvas.elements();
        }
    }

    private static Scene defaultScene() throws Exception {
        return SceneLoader.load(Path.of("scenes/convolution.yaml"));
    }

    private static Rectangle2D box(List<Canvas.Element> elements, String role) {
        return elements.stream().filter(e -> role.equals(e.role())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing drawn as " + role)).box();
    }

    /** The numbers written inside {@code box}, each with where its centre is, to the pixel. */
    private static Set<String> numbersIn(List<Canvas.Element> elements, Rectangle2D box) {
        Set<String> numbers = new TreeSet<>();
        for (Canvas.Element e : elements) {
            if (e.role() == null && e.text() != null && box.contains(e.box().getCenterX(), e.box().getCenterY())) {
                numbers.add(e.text() + " @" + Math.round(e.box().getCenterX()) + "," + Math.round(e.box().getCenterY()));
            }
        }
        return numbers;
    }

    @Test
    void theGridsStayWhereTheyWereWithTheirNumbersWhenAStepTurnsIntoASlide() {
        Painted painted = Painted.of(SeedScene.scene());
        BeatSpan slide = painted.timeline().spans().get(2);
        List<Canvas.Element> before = painted.paint(slide.firstFrame() - 1);
        List<Canvas.Element> after = painted.paint(slide.firstFrame());
        for (String grid : List.of("input grid", "kernel grid", "feature map grid")) {
            Rectangle2D was = box(before, grid);
            assertEquals(was, box(after, grid), grid + " stays in place");
            assertEquals(numbersIn(before, was), numbersIn(after, was), grid + " keeps its numbers");
            assertFalse(numbersIn(after, was).isEmpty());
        }
    }

    @Test
    void aSharedGridMovesFromItsOldPlaceToItsNewOneWithoutLeavingTheScreen() throws Exception {
        Scene scene = defaultScene();
        Painted painted = Painted.of(scene);
        Timeline timeline = painted.timeline();
        int checked = 0;
        for (int b = 1; b < timeline.spans().size(); b++) {
            Beat previous = timeline.spans().get(b - 1).beat();
            BeatSpan span = timeline.spans().get(b);
            FrameState first = timeline.at(span.firstFrame());
            if (!(previous.show() instanceof Show.Matrix) || !first.transition().shared().contains(Actor.INPUT)) {
                continue;
            }
            Rectangle2D old = box(painted.paint(span.firstFrame() - 1), "image");
            Rectangle2D settled = box(painted.paint(span.firstFrame() + span.frameCount() - 1), "input grid");
            assertFalse(old.equals(settled), "the two beats lay the image out differently");
            Rectangle2D start = box(painted.paint(span.firstFrame()), "input grid");
            assertEquals(old.getX(), start.getX(), 0.5, "the grid starts where the old beat had it");
            assertEquals(old.getWidth(), start.getWidth(), 0.5);
            int frame = span.firstFrame();
            while (timeline.at(frame).transition() != null) {
                Rectangle2D now = box(painted.paint(frame), "input grid");
                assertTrue(now.getWidth() > 0, "the grid is on screen on every frame of the change");
                frame++;
            }
            Rectangle2D end = box(painted.paint(frame), "input grid");
            assertEquals(settled.getX(), end.getX(), 0.5, "and ends in its new place");
            assertEquals(settled.getWidth(), end.getWidth(), 0.5);
            checked++;
        }
        assertTrue(checked > 0, "the default video moves the image from the matrix beat into the next");
    }

    @Test
    void aTableAfterAStrideComparisonSumsItUpUnderItsPanelsWhileItStaysOnScreen() throws Exception {
        Painted painted = Painted.of(defaultScene());
        Timeline timeline = painted.timeline();
        BeatSpan table = timeline.spans().stream()
                .filter(span -> span.beat().show() instanceof Show.Table && span.index() > 0
                        && timeline.spans().get(span.index() - 1).beat().show() instanceof Show.Stride)
                .findFirst().orElseThrow(() -> new AssertionError("the default video has a table after its strides"));
        List<Canvas.Element> stride = painted.paint(table.firstFrame() - 1);
        Rectangle2D stage = new Rectangle2D.Double(0, 0, 1920, boxes(stride, "caption band").get(0).getMinY());
        Set<String> strideNumbers = numbersIn(stride, stage);
        for (int frame = table.firstFrame(); frame < table.firstFrame() + table.frameCount(); frame += 7) {
            List<Canvas.Element> now = painted.paint(frame);
            for (String grid : List.of("input grid", "feature map grid")) {
                assertEquals(boxes(stride, grid), boxes(now, grid), grid + "s stay where they were at frame " + frame);
            }
            Set<String> shown = numbersIn(now, stage);
            Set<String> missing = new TreeSet<>(strideNumbers);
            missing.removeAll(shown);
            assertEquals(Set.of(), missing, "every number of the comparison stays, at frame " + frame);
        }
        List<Canvas.Element> last = painted.paint(table.firstFrame() + table.frameCount() - 1);
        List<Canvas.Element> takeaways = last.stream().filter(e -> "takeaway".equals(e.role())).toList();
        Show.Table rows = (Show.Table) table.beat().show();
        assertEquals(rows.rows().stream().map(row -> row.get(1)).toList(), takeaways.stream().map(Canvas.Element::text).toList(),
                "each row's conclusion is written once, in order");
        List<Rectangle2D> inputs = boxes(last, "input grid");
        for (int i = 0; i < takeaways.size(); i++) {
            Rectangle2D under = takeaways.get(i).box();
            assertTrue(under.getMinY() > inputs.get(i).getMaxY(), "takeaway " + i + " is below its panel");
            assertTrue(under.getCenterX() > inputs.get(i).getMinX() && under.getCenterX() < inputs.get(i).getMaxX() + inputs.get(i).getWidth(),
                    "takeaway " + i + " is under its own panel, not its neighbour's");
        }
    }

    private static List<Rectangle2D> boxes(List<Canvas.Element> elements, String role) {
        return elements.stream().filter(e -> role.equals(e.role())).map(Canvas.Element::box).toList();
    }

    @Test
    void noFrameWritesTwoValuesInOneCell() throws Exception {
        Painted painted = Painted.of(defaultScene());
        Timeline timeline = painted.timeline();
        List<Integer> frames = new ArrayList<>();
        for (BeatSpan span : timeline.spans()) {
            // Every change of beat, and the whole of a beat whose numbers change (the activation).
            int last = span.beat().show() instanceof Show.Activation ? span.frameCount() : (int) (Timeline.TRANSITION_SECONDS * 30) + 1;
            for (int i = 0; i < Math.min(last, span.frameCount()); i += 2) {
                frames.add(span.firstFrame() + i);
            }
        }
        for (int frame : frames) {
            List<Canvas.Element> texts = painted.paint(frame).stream()
                    .filter(e -> e.role() == null && e.text() != null && !e.text().isBlank()).toList();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    Rectangle2D a = texts.get(i).box();
                    Rectangle2D b = texts.get(j).box();
                    double apart = Math.hypot(a.getCenterX() - b.getCenterX(), a.getCenterY() - b.getCenterY());
                    assertTrue(apart > 2, "frame " + frame + " writes '" + texts.get(i).text() + "' and '" + texts.get(j).text()
                            + "' in one place");
                }
            }
        }
    }

    /** The camera magnifies the stage, never the caption band: the band and its caption stay put while the pass zooms in. */
    @Test
    void theCameraLeavesTheCaptionBandWhereItIs() throws Exception {
        Painted painted = Painted.of(defaultScene());
        Timeline timeline = painted.timeline();
        int zoomed = -1;
        for (int f = 0; f < timeline.frameCount() && zoomed < 0; f++) {
            if (timeline.at(f).camera().zoom() > 1.15 && timeline.at(f).transition() == null) {
                zoomed = f;
            }
        }
        assertTrue(zoomed >= 0, "the default video zooms in somewhere");
        List<Canvas.Element> frame = painted.paint(zoomed);
        Rectangle2D band = box(frame, "caption band");
        assertEquals(painted.painter().context().caption(), band);
        List<Canvas.Element> captions = frame.stream()
                .filter(e -> e.role() == null && e.text() != null && band.contains(e.box())).toList();
        assertEquals(timeline.at(zoomed).span().beat().caption().replace("\n", " ").length() > 0, !captions.isEmpty(),
                "the caption is written in its band at its own size");
        for (Canvas.Element caption : captions) {
            assertTrue(caption.textSize() < painted.painter().context().unit() * 0.06, "not magnified: " + caption.textSize());
        }
    }
}
