package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every beat of the default scene, laid out at 1080p: what it draws stays inside the title-safe
 * area, no two things (grids, panels, labels, text blocks, the caption band) overlap, and no text
 * is smaller than 1/28 of the frame height, so it reads on a phone.
 */
class BeatLayoutTest {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final Scene SCENE = load();
    private static final SceneComputation COMPUTATION = SceneComputation.of(SCENE);
    private static final Timeline TIMELINE = Timeline.of(SCENE, COMPUTATION);
    private static final FramePainter PAINTER = new FramePainter(SCENE, COMPUTATION, Theme.standard(),
            new TextShaper(Typefaces.bundled()), WIDTH, HEIGHT);

    private static Scene load() {
        try {
            return SceneLoader.load(Path.of("scenes/convolution.yaml"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each beat half-way through and on its last frame, when everything it shows is on screen. */
    static Stream<Arguments> beats() {
        return IntStream.range(0, TIMELINE.spans().size()).boxed().flatMap(i -> {
            BeatSpan span = TIMELINE.spans().get(i);
            String kind = span.beat().getClass().getSimpleName();
            return Stream.of(
                    Arguments.of(i + 1 + " " + kind + " half-way", span.firstFrame() + span.frameCount() / 2),
                    Arguments.of(i + 1 + " " + kind + " end", span.firstFrame() + span.frameCount() - 1));
        });
    }

    @ParameterizedTest(name = "beat {0}")
    @MethodSource("beats")
    void everythingStaysInsideTheSafeAreaApartAndReadable(String beat, int frame) {
        List<Canvas.Element> elements = paint(frame);
        Rectangle2D safe = PAINTER.context().safe();
        Rectangle2D tolerant = new Rectangle2D.Double(safe.getX() - 1, safe.getY() - 1, safe.getWidth() + 2, safe.getHeight() + 2);
        assertFalse(elements.isEmpty(), "the beat draws something");
        for (Canvas.Element element : elements) {
            assertTrue(tolerant.contains(element.box()), describe(element) + " leaves the safe area " + safe);
            if (element.textSize() > 0) {
                assertTrue(element.textSize() >= HEIGHT * Theme.SMALLEST_TEXT - 0.01,
                        describe(element) + " is smaller than 1/28 of the frame height");
            }
        }
        List<Canvas.Element> placed = elements.stream().filter(e -> e.role() != null).toList();
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Rectangle2D overlap = placed.get(i).box().createIntersection(placed.get(j).box());
                boolean touches = overlap.getWidth() > 1 && overlap.getHeight() > 1;
                assertFalse(touches, describe(placed.get(i)) + " overlaps " + describe(placed.get(j)));
            }
        }
    }

    private static List<Canvas.Element> paint(int frame) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        Canvas canvas = Canvas.recording(g);
        PAINTER.paint(canvas, TIMELINE.at(frame));
        g.dispose();
        return canvas.elements();
    }

    private static String describe(Canvas.Element element) {
        Rectangle2D b = element.box();
        return (element.role() == null ? "text" : element.role())
                + String.format(" [%.0f, %.0f, %.0f×%.0f]", b.getX(), b.getY(), b.getWidth(), b.getHeight())
                + (element.textSize() > 0 ? String.format(" (%.1f px text)", element.textSize()) : "");
    }
}
