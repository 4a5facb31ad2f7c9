package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.testing.Golden;
import convreel.testing.SeedScene;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FramePainterTest {
    private static final TextShaper SHAPER = new TextShaper(Typefaces.bundled());
    private static final String SHORTS_STEP_PRODUCTS = "shorts-step-products";
    private static final String BENGALI_NUMERALS = "step-done-bengali-numerals";
    private static final String PHOTO_CLOSE_UP = "photo-close-up";

    /**
     * A golden frame no test compares against is a picture of nothing: renaming a beat would leave
     * its old frames behind, still looking like documentation.
     */
    @org.junit.jupiter.api.Test
    void theGoldenFolderHoldsOnlyFramesTheseTestsCompare() throws Exception {
        Set<String> compared = new TreeSet<>(List.of(SHORTS_STEP_PRODUCTS, BENGALI_NUMERALS, PHOTO_CLOSE_UP));
        Stream.of(stageFrames(), everyBeat(), everyBeatInThePhoneFormats()).flatMap(arguments -> arguments)
                .forEach(arguments -> compared.add((String) arguments.get()[0]));
        Set<String> inFolder = new TreeSet<>();
        try (Stream<Path> files = Files.list(Golden.FOLDER)) {
            files.forEach(file -> inFolder.add(file.getFileName().toString().replaceFirst("\\.png$", "")));
        }
        inFolder.removeAll(compared);
        assertEquals(Set.of(), inFolder, "files in " + Golden.FOLDER + " that no test compares: remove them, or compare them");
    }

    /** Mid-motion frames of the step and slide stage, against their golden pictures. */
    static Stream<Arguments> stageFrames() {
        return Stream.of(
                Arguments.of("step-products", Padding.valid(), 3.4),
                Arguments.of("slide-moving", Padding.valid(), 8.1),
                Arguments.of("slide-same-padding", Padding.same(), 9.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stageFrames")
    void stageFramesMatchTheirGoldenPictures(String name, Padding padding, double seconds) throws IOException {
        Golden.assertMatches(name, paint(SeedScene.withPadding(padding), seconds, 480, 270));
    }

    /** Every beat of a scene that uses every kind, late in the beat, against its golden picture. */
    static Stream<Arguments> everyBeat() throws Exception {
        Scene scene = SceneLoader.load(Path.of("src/test/resources/paint/every-beat.yaml"));
        return IntStream.range(0, scene.beats().size()).mapToObj(i -> Arguments.of(
                String.format("beat-%02d-%s", i + 1, scene.beats().get(i).show().word()),
                scene, i));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBeat")
    void everyKindOfBeatMatchesItsGoldenPicture(String name, Scene scene, int beat) throws IOException {
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
        BeatSpan span = timeline.spans().get(beat);
        double seconds = (span.firstFrame() + span.frameCount() * 0.85) / timeline.fps();
        Golden.assertMatches(name, paint(scene, seconds, 480, 270));
    }

    /**
     * Every beat of the same scene in the phone formats, each laid out in its own way, at low
     * resolution: 9:16 at 270×480, 1:1 at 360×360.
     */
    static Stream<Arguments> everyBeatInThePhoneFormats() throws Exception {
        Scene scene = SceneLoader.load(Path.of("src/test/resources/paint/every-beat.yaml"));
        return Stream.of(Format.SHORTS, Format.SQUARE).flatMap(format -> IntStream.range(0, scene.beats().size())
                .mapToObj(i -> Arguments.of(String.format("%s-beat-%02d-%s", format.label(), i + 1,
                        scene.beats().get(i).show().word()), scene.withFormat(format), i)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBeatInThePhoneFormats")
    void everyKindOfBeatMatchesItsGoldenPictureInThePhoneFormats(String name, Scene scene, int beat) throws IOException {
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
        BeatSpan span = timeline.spans().get(beat);
        double seconds = (span.firstFrame() + span.frameCount() * 0.85) / timeline.fps();
        Golden.assertMatches(name, paint(scene, seconds, lowWidth(scene.format()), lowHeight(scene.format())));
    }

    /** The photo beat in close-up: the patch's pixels as cells, each with its grey level written in. */
    @org.junit.jupiter.api.Test
    void photoCloseUpMatchesItsGoldenPicture() throws Exception {
        Scene scene = SceneLoader.load(Path.of("src/test/resources/paint/every-beat.yaml"));
        int photo = scene.beats().size() - 1;
        Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
        BeatSpan span = timeline.spans().get(photo);
        double seconds = (span.firstFrame() + span.frameCount() * 0.4) / timeline.fps();
        Golden.assertMatches(PHOTO_CLOSE_UP, paint(scene, seconds, 480, 270));
    }

    /** The step stage mid-products on 9:16: input and kernel above the caption, map and arithmetic below. */
    @org.junit.jupiter.api.Test
    void shortsStageMidProductsMatchesItsGoldenPicture() throws IOException {
        Scene scene = SeedScene.scene().withFormat(Format.SHORTS);
        Golden.assertMatches(SHORTS_STEP_PRODUCTS, paint(scene, 3.4, lowWidth(Format.SHORTS), lowHeight(Format.SHORTS)));
    }

    private static int lowWidth(Format format) {
        return format == Format.SHORTS ? 270 : 360;
    }

    private static int lowHeight(Format format) {
        return format == Format.SHORTS ? 480 : 360;
    }

    /** numerals: bengali writes every number on screen in Bengali digits, the minus sign kept. */
    @org.junit.jupiter.api.Test
    void bengaliNumeralsWriteEveryNumberInBengaliDigits() throws IOException {
        Scene seed = SeedScene.scene();
        Scene bengali = new Scene(seed.name(), seed.title(), seed.image(), seed.kernels(), seed.stride(), seed.padding(),
                seed.activation(), seed.beats(), seed.fps(), Numerals.BENGALI, seed.format());
        Golden.assertMatches(BENGALI_NUMERALS, paint(bengali, 5.95, 480, 270));
        assertEquals("−৪", new Numbers(Numerals.BENGALI).format(-4));
        assertEquals("১২.৫", new Numbers(Numerals.BENGALI).format(12.5));
    }

    static Stream<Padding> paddings() {
        return Stream.of(Padding.valid(), Padding.same(), Padding.full(), Padding.zeros(2));
    }

    /** Every caption of the seed scene fits its band, at a size readable on a phone. */
    @ParameterizedTest
    @MethodSource("paddings")
    void captionsFitTheirBandAtAReadableSize(Padding padding) {
        Scene scene = SeedScene.withPadding(padding);
        FramePainter painter = new FramePainter(scene, SceneComputation.of(scene), Theme.standard(), SHAPER, 1920, 1080);
        Rectangle2D band = painter.context().caption();
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
        double cell = StageLayout.of(painter.context(), SceneComputation.of(scene).primary()).cell();
        assertTrue(cell * painter.context().geometry().numberShare() >= 1080 * Theme.SMALLEST_TEXT, "cell " + cell);
    }

    static BufferedImage paint(Scene scene, double seconds, int width, int height) {
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), SHAPER, width, height);
        BufferedImage image = convreel.export.Frame.canvas(width, height);
        Graphics2D g = image.createGraphics();
        painter.paint(g, timeline.at(timeline.frameAt(seconds)));
        g.dispose();
        return image;
    }
}
