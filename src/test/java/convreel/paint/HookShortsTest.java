package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Ending;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.testing.ImageDifference;
import convreel.timeline.FrameState;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hook shorts in {@code scenes/shorts} work in a feed: they move within their first half
 * second, the question comes before its answer, and a short that loops ends on its first frame.
 */
class HookShortsTest {
    private static final TextShaper SHAPER = new TextShaper(Typefaces.bundled());

    /** A short's painter and timeline, at a quarter of its size unless {@code full}. */
    private record Short(Scene scene, Timeline timeline, FramePainter painter) {
        static Short of(String name, boolean full) throws Exception {
            Scene scene = SceneLoader.load(Path.of("scenes/shorts/" + name + ".yaml"));
            SceneComputation computation = SceneComputation.of(scene);
            int divide = full ? 1 : 4;
            return new Short(scene, Timeline.of(scene, computation), new FramePainter(scene, computation, Theme.standard(),
                    SHAPER, scene.format().width() / divide, scene.format().height() / divide));
        }

        BufferedImage image(int frame) {
            BufferedImage image = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            painter.paint(g, timeline.at(frame));
            g.dispose();
            return image;
        }

        /** The texts frame {@code frame} writes, as the recording canvas lists them. */
        List<String> texts(int frame) {
            BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            Canvas canvas = Canvas.recording(g);
            painter.paint(canvas, timeline.at(frame));
            g.dispose();
            return canvas.elements().stream().map(Canvas.Element::text).filter(t -> t != null).toList();
        }
    }

    /** How far two frames differ: the mean difference of their worst channel, 0 to 255. */
    private static double changed(BufferedImage a, BufferedImage b) {
        return ImageDifference.between(a, b).worstChannelMean();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-ai-dekhe", "2-ek-kernel", "3-zoom"})
    void everyShortMovesWithinItsFirstHalfSecond(String name) throws Exception {
        Short clip = Short.of(name, false);
        int half = clip.scene().fps() / 2;
        double moved = changed(clip.image(0), clip.image(half));
        assertTrue(moved > 1, name + ": the first half second changes the frame by a mean of only " + moved);
    }

    /** Short 1 asks how AI sees without eyes; its first frame must not already say "Convolution". */
    @Test
    void shortOneAsksBeforeItAnswers() throws Exception {
        Short clip = Short.of("1-ai-dekhe", true);
        List<String> first = clip.texts(0);
        assertFalse(first.isEmpty(), "the first frame writes its question");
        for (String text : first) {
            assertFalse(text.contains("Convolution") || text.contains("উত্তর"), "the first frame gives the answer: " + text);
        }
        // The caption goes word by word: the answer shows while its words are spoken, in the third beat.
        var answering = clip.timeline().spans().get(2);
        boolean answered = false;
        for (int frame = answering.firstFrame(); frame < answering.firstFrame() + answering.frameCount() && !answered; frame += 3) {
            answered = clip.texts(frame).stream().anyMatch(t -> t.contains("Convolution"));
        }
        assertTrue(answered, "the answer comes once the pass has begun");
    }

    /** A short that loops turns back into its first frame: its last frame is the first (to the eye), the frame before the turn is not. */
    @Test
    void aLoopingShortEndsOnItsFirstFrame() throws Exception {
        Short clip = Short.of("2-ek-kernel", false);
        assertEquals(Ending.LOOP, clip.scene().ending());
        int last = clip.timeline().frameCount() - 1;
        int turning = (int) Math.round(Timeline.LOOP_SECONDS * clip.scene().fps());
        BufferedImage first = clip.image(0);
        assertTrue(changed(first, clip.image(last)) < 0.5, "the last frame is the first one coming back");
        assertTrue(changed(first, clip.image(last - turning)) > 5, "before the turn the last beat is itself");
        FrameState end = clip.timeline().at(last);
        assertTrue(end.loopBack().progress() < 1, "the replay's first frame completes the turn, not repeats it");
        assertNull(clip.timeline().at(last - turning).loopBack());
    }

    /** A short that ends on its card does not turn back. */
    @Test
    void aShortEndingOnItsCardStaysOnIt() throws Exception {
        Short clip = Short.of("1-ai-dekhe", false);
        assertEquals(Ending.CARD, clip.scene().ending());
        assertNull(clip.timeline().at(clip.timeline().frameCount() - 1).loopBack());
    }
}
