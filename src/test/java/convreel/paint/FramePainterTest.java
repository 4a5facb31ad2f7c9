package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.testing.Golden;
import convreel.testing.SeedScene;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FramePainterTest {
    private static final TextShaper SHAPER = new TextShaper(Typefaces.bundled());

    /** Low-resolution key frames of every beat kind, against their golden pictures. */
    static Stream<Arguments> keyFrames() {
        return Stream.of(
                Arguments.of("title", Padding.valid(), 1.5),
                Arguments.of("step-products", Padding.valid(), 3.4),
                Arguments.of("step-done", Padding.valid(), 5.95),
                Arguments.of("slide-moving", Padding.valid(), 8.1),
                Arguments.of("slide-activated", Padding.valid(), 11.95),
                Arguments.of("slide-same-padding", Padding.same(), 9.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyFrames")
    void keyFramesMatchTheirGoldenPictures(String name, Padding padding, double seconds) throws IOException {
        Golden.assertMatches(name, paint(SeedScene.withPadding(padding), seconds, 480, 270));
    }

    static Stream<Padding> paddings() {
        return Stream.of(Padding.valid(), Padding.same(), Padding.full(), Padding.zeros(2));
    }

    /** Grids, the arithmetic panel and the caption band stay inside the title-safe area and apart. */
    @ParameterizedTest
    @MethodSource("paddings")
    void stageBoxesStayInsideTheSafeAreaWithoutOverlapping(Padding padding) {
        Scene scene = SeedScene.withPadding(padding);
        FramePainter painter = new FramePainter(scene, SceneComputation.of(scene), Theme.standard(), SHAPER, 1920, 1080);
        StageLayout layout = painter.layout();
        List<Rectangle2D> boxes = layout.boxes();
        for (Rectangle2D box : boxes) {
            assertTrue(layout.safe().contains(box), box + " leaves the safe area " + layout.safe());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), boxes.get(i) + " overlaps " + boxes.get(j));
            }
        }
    }

    /** Every caption of the seed scene fits its band, at a size readable on a phone. */
    @ParameterizedTest
    @MethodSource("paddings")
    void captionsFitTheirBandAtAReadableSize(Padding padding) {
        Scene scene = SeedScene.withPadding(padding);
        FramePainter painter = new FramePainter(scene, SceneComputation.of(scene), Theme.standard(), SHAPER, 1920, 1080);
        Rectangle2D band = painter.layout().caption();
        String longest = "Kernel ছবির ওপর বসে element-wise multiplication + sum করে। সব যোগ করলে একটি সংখ্যা—সেটাই "
                + "Feature Map-এর একটি pixel। একে বলে Sliding Window Mechanism, আর এটাই CNN-এর চোখ।";
        for (String caption : List.of(longest, scene.beats().get(1).caption())) {
            ShapedText text = painter.captionText(caption);
            assertTrue(text.height() <= band.getHeight(), "caption of " + text.lineCount() + " lines overflows its band");
            assertTrue(text.width() <= band.getWidth(), "caption wider than its band");
            assertTrue(text.lineHeight() >= 1080 * Theme.SMALLEST_TEXT, "caption text is at least 1/28 of the frame height");
        }
    }

    /** The seed's unpadded grids are large enough that their numbers read on a phone. */
    @org.junit.jupiter.api.Test
    void seedGridNumbersAreReadableOnAPhone() {
        Scene scene = SeedScene.scene();
        FramePainter painter = new FramePainter(scene, SceneComputation.of(scene), Theme.standard(), SHAPER, 1920, 1080);
        assertTrue(painter.layout().cell() * 0.44 >= 1080 * Theme.SMALLEST_TEXT, "cell " + painter.layout().cell());
    }

    static BufferedImage paint(Scene scene, double seconds, int width, int height) {
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), SHAPER, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        painter.paint(g, timeline.at(timeline.frameAt(seconds)));
        g.dispose();
        return image;
    }
}
