package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Format;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every beat of the default scene (which shows every kind) and of the three hook shorts, laid out
 * at full size in each format: what it draws stays inside the format's safe area, no two things
 * (grids, panels, labels, text blocks, the caption band) overlap, and no text is smaller than 1/28
 * of the frame's shorter side, so it reads on a phone. The safe areas are written out here from
 * what each format promises, not taken from the painter: on 9:16 the phone app covers the bottom
 * fifth and the right-hand eighth (its buttons, its description), so nothing goes past 87.5% of the
 * width or 80% of the height.
 */
class BeatLayoutTest {
    private static final Scene SCENE = load("scenes/convolution.yaml");
    private static final Map<Format, Painted> PAINTED = painted(SCENE);
    /** The hook shorts by file name: their beats are checked in every format as the default scene's are. */
    private static final Map<String, Map<Format, Painted>> SHORTS = Map.of(
            "1-ai-dekhe", painted(load("scenes/shorts/1-ai-dekhe.yaml")),
            "2-ek-kernel", painted(load("scenes/shorts/2-ek-kernel.yaml")),
            "3-zoom", painted(load("scenes/shorts/3-zoom.yaml")));

    private static Scene load(String path) {
        try {
            return SceneLoader.load(Path.of(path));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Format, Painted> painted(Scene scene) {
        return Map.of(
                Format.LANDSCAPE, new Painted(scene.withFormat(Format.LANDSCAPE)),
                Format.SHORTS, new Painted(scene.withFormat(Format.SHORTS)),
                Format.SQUARE, new Painted(scene.withFormat(Format.SQUARE)));
    }

    /** One format's painter over the default scene at the format's full size. */
    private record Painted(Scene scene, Timeline timeline, FramePainter painter) {
        Painted(Scene scene) {
            this(scene, SceneComputation.of(scene));
        }

        private Painted(Scene scene, SceneComputation computation) {
            this(scene, Timeline.of(scene, computation), new FramePainter(scene, computation, Theme.standard(),
                    new TextShaper(Typefaces.bundled()), scene.format().width(), scene.format().height()));
        }
    }

    /** Where a format lets anything be drawn, from its promise: left, top, right and bottom margins as shares. */
    private static Rectangle2D promisedSafeArea(Format format) {
        double w = format.width();
        double h = format.height();
        double[] margins = switch (format) {
            case LANDSCAPE, SQUARE -> new double[] {0.05, 0.05, 0.05, 0.05};
            case SHORTS -> new double[] {0.05, 0.05, 1.0 / 8, 1.0 / 5};
        };
        return new Rectangle2D.Double(w * margins[0], h * margins[1], w * (1 - margins[0] - margins[2]),
                h * (1 - margins[1] - margins[3]));
    }

    /** Each beat of each scene in each format half-way through and on its last frame, when everything it shows is on screen. */
    static Stream<Arguments> beats() {
        Stream<Arguments> scene = beats("", PAINTED);
        Stream<Arguments> shorts = SHORTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(entry -> beats(entry.getKey() + " ", entry.getValue()));
        return Stream.concat(scene, shorts);
    }

    private static Stream<Arguments> beats(String scene, Map<Format, Painted> painted) {
        return Arrays.stream(Format.values()).flatMap(format -> {
            Painted one = painted.get(format);
            Timeline timeline = one.timeline();
            return IntStream.range(0, timeline.spans().size()).boxed().flatMap(i -> {
                BeatSpan span = timeline.spans().get(i);
                String kind = span.beat().show().word();
                String name = scene + format.label() + " " + (i + 1) + " " + kind;
                return Stream.of(
                        Arguments.of(name + " half-way", one, span.firstFrame() + span.frameCount() / 2),
                        Arguments.of(name + " end", one, span.firstFrame() + span.frameCount() - 1));
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("beats")
    void everythingStaysInsideTheSafeAreaApartAndReadable(String beat, Painted painted, int frame) {
        Format format = painted.scene().format();
        List<Canvas.Element> elements = paint(painted, frame);
        Rectangle2D safe = promisedSafeArea(format);
        Rectangle2D tolerant = new Rectangle2D.Double(safe.getX() - 1, safe.getY() - 1, safe.getWidth() + 2, safe.getHeight() + 2);
        float smallest = Math.min(format.width(), format.height()) / 28f;
        assertFalse(elements.isEmpty(), "the beat draws something");
        for (Canvas.Element element : elements) {
            assertTrue(tolerant.contains(element.box()), describe(element) + " leaves the safe area " + safe);
            if (element.textSize() > 0) {
                assertTrue(element.textSize() >= smallest - 0.01,
                        describe(element) + " is smaller than 1/28 of the frame's shorter side");
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

    /** Every caption of the default scene fits the band of every format, at a size readable on a phone. */
    @ParameterizedTest
    @EnumSource(Format.class)
    void everyCaptionFitsItsBandAtAReadableSize(Format format) {
        FramePainter painter = PAINTED.get(format).painter();
        Rectangle2D band = painter.context().caption();
        float smallest = Math.min(format.width(), format.height()) / 28f;
        for (Beat beat : SCENE.beats()) {
            ShapedText text = painter.captionText(beat.caption());
            assertTrue(text.height() <= band.getHeight(), "a caption of " + text.lineCount() + " lines overflows the band: "
                    + beat.caption());
            assertTrue(text.width() <= band.getWidth(), "a caption is wider than the band: " + beat.caption());
            assertTrue(text.size() >= smallest - 0.01, "a caption is set below 1/28 of the shorter side: " + beat.caption());
        }
    }

    /**
     * On 9:16 the step stage stacks above the caption: the input on top, the feature map right
     * below it (cause over effect), then the arithmetic; the caption sits in the lower third, above
     * the phone app's zone; every number is 64 px or more.
     */
    @org.junit.jupiter.api.Test
    void shortsPutTheInputOverTheOutputAndTheCaptionInTheLowerThird() {
        PaintContext context = PAINTED.get(Format.SHORTS).painter().context();
        StageLayout stage = StageLayout.of(context, context.computation().primary());
        Rectangle2D caption = context.caption();
        assertTrue(stage.input().getMaxY() < stage.output().getY(), "the feature map is below the input");
        assertTrue(stage.output().getMaxY() < stage.math().getY(), "the arithmetic is below the feature map");
        assertTrue(stage.math().getMaxY() < caption.getY(), "the arithmetic is above the caption");
        assertTrue(caption.getCenterY() > context.height() * 2 / 3.0, "the caption is in the lower third");
        assertTrue(caption.getMaxY() <= context.height() * 0.8, "the caption is above the app's zone");
        assertTrue(stage.cell() * context.geometry().numberShare() >= 64 - 0.01, "cell " + stage.cell());
    }

    /**
     * At 1080p the arithmetic, the labels and the grids' numbers are written at 44 px or more: large
     * on a phone. At 1080×1920, where a frame is judged at a thumb's size in the feed, the grids'
     * numbers and the arithmetic are 64 px or more.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("beats")
    void numbersAndLabelsAreLargeEnoughForTheirFormat(String beat, Painted painted, int frame) {
        Format format = painted.scene().format();
        if (format == Format.SQUARE) {
            return;
        }
        List<Canvas.Element> elements = paint(painted, frame);
        List<Rectangle2D> worked = elements.stream()
                .filter(e -> e.role() != null && (e.role().equals("arithmetic") || e.role().endsWith("grid")))
                .map(Canvas.Element::box).toList();
        for (Canvas.Element element : elements) {
            boolean label = "label".equals(element.role()) || "footnote".equals(element.role()) || "legend".equals(element.role());
            boolean inside = element.role() == null && worked.stream().anyMatch(b -> b.contains(element.box().getCenterX(),
                    element.box().getCenterY()));
            if (element.textSize() <= 0) {
                continue;
            }
            if (format == Format.LANDSCAPE && (label || inside)) {
                assertTrue(element.textSize() >= 44 - 0.01, describe(element) + " '" + element.text() + "' is under 44 px");
            }
            if (format == Format.SHORTS && inside) {
                assertTrue(element.textSize() >= 64 - 0.01, describe(element) + " '" + element.text() + "' is under 64 px");
            }
        }
    }

    /** A small kernel with a long name: its footnote goes on two lines under it, clear of the feature map beside it. */
    @org.junit.jupiter.api.Test
    void aSmallKernelsLongNameStaysClearOfTheFeatureMap() throws Exception {
        Scene four = SceneLoader.load(Path.of("src/test/resources/paint/four-by-four.yaml"));
        Painted painted = new Painted(four);
        BeatSpan step = painted.timeline().spans().get(0);
        BufferedImage image = convreel.export.Frame.canvas(1, 1);
        Graphics2D g = image.createGraphics();
        Canvas canvas = Canvas.recording(g);
        painted.painter().paint(canvas, painted.timeline().at(step.firstFrame() + step.frameCount() - 1));
        g.dispose();
        Rectangle2D map = canvas.elements().stream().filter(e -> "feature map grid".equals(e.role())).findFirst().orElseThrow().box();
        List<Canvas.Element> footnotes = canvas.elements().stream().filter(e -> "footnote".equals(e.role())).toList();
        assertFalse(footnotes.isEmpty());
        for (Canvas.Element footnote : footnotes) {
            assertFalse(footnote.box().intersects(map), describe(footnote) + " runs under the feature map " + map);
        }
    }

    private static List<Canvas.Element> paint(Painted painted, int frame) {
        Format format = painted.scene().format();
        BufferedImage image = convreel.export.Frame.canvas(format.width(), format.height());
        Graphics2D g = image.createGraphics();
        Canvas canvas = Canvas.recording(g);
        painted.painter().paint(canvas, painted.timeline().at(frame));
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
