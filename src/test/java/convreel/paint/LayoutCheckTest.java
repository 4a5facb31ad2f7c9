package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Scene;
import convreel.script.SceneException;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the loader's layout check accepts, the painter paints: small scenes at the edges of the
 * limits (largest values, largest image, largest kernel, long texts, most kernels, a one-frame
 * beat) each load, and the first frame of every beat paints in every format at full size. Texts
 * are as long as their pictures hold together in every format, which for several texts on one
 * picture is less than the limit of any one text.
 */
class LayoutCheckTest {
    /** One of every kind of beat, with the options they take. */
    private static final String EVERY_KIND = """
            beats:
              - {show: title, caption: "শুরু", seconds: 2}
              - {show: matrix, caption: "ম্যাট্রিক্স", seconds: 2}
              - {show: patterns, caption: "প্যাটার্ন", seconds: 2}
              - {show: step, at: [0, 0], caption: "একটি ধাপ", seconds: 2}
              - {show: slide, caption: "পুরো ছবি", seconds: 2}
              - {show: featuremap, caption: "Feature Map", seconds: 2}
              - {show: kernels, caption: "kernels", seconds: 2}
              - {show: stride, strides: [1, 2, 3, 4], caption: "stride", seconds: 2}
              - {show: padding, paddings: [valid, same, full, 2], caption: "padding", seconds: 2}
              - {show: activation, caption: "ReLU", seconds: 2}
              - {show: formula, at: [1, 1], caption: "সূত্র", seconds: 2}
              - {show: table, header: ["এক", "দুই"], rows: [["ক", "খ"]], caption: "সারণি", seconds: 2}
              - {show: myths, items: [{myth: "ভুল", fact: "সত্য"}], caption: "ভুল ধারণা", seconds: 2}
              - {show: card, lines: ["শেষ"], caption: "শেষ", seconds: 2}
            """;

    static Stream<Arguments> edgeScenes() {
        String longLine = "কনভোলিউশন ছবির ছোট অংশে একটি kernel গুণ করে যোগ করে আর এভাবে পুরো ছবি জুড়ে pattern খুঁজে বের করে ".repeat(3);
        return Stream.of(
                Arguments.of("largest values", """
                        numerals: bengali
                        image:
                          - [1000000, -1000000, 999999.99, 0.01]
                          - [-999999.99, 123456.78, -0.005, 1000000]
                          - [1, 2, 3, 4]
                          - [1000000, 1000000, 1000000, 1000000]
                        kernels:
                          - name: heavy
                            values: [[1000000, -1000000], [-1000000, 1000000]]
                            bias: 1000000
                        activation: relu
                        """ + EVERY_KIND),
                Arguments.of("largest image", "image:\n" + "  - [" + "9, ".repeat(15) + "1]\n".repeat(1)
                        + ("  - [" + "1, ".repeat(15) + "1]\n").repeat(15)
                        + "kernels:\n  - values: [[1, 0, -1], [1, 0, -1], [1, 0, -1]]\npadding: 2\n" + EVERY_KIND),
                Arguments.of("largest kernel", "image:\n" + ("  - [" + "1, ".repeat(7) + "2]\n").repeat(8)
                        + "kernels:\n  - name: seven\n    values:\n" + ("      - [" + "1, ".repeat(6) + "-1]\n").repeat(7) + """
                        beats:
                          - {show: title, caption: "সাত বাই সাত", seconds: 2}
                          - {show: featuremap, caption: "Feature Map", seconds: 2}
                          - {show: table, header: ["এক", "দুই"], rows: [["ক", "খ"]], caption: "সারণি", seconds: 2}
                          - {show: card, lines: ["শেষ"], caption: "শেষ", seconds: 2}
                        """),
                Arguments.of("long texts", "title: \"" + longLine.substring(0, 80) + "\"\n" + """
                        image: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
                        kernels:
                          - name: "%s"
                            values: [[1, 0], [0, -1]]
                        beats:
                          - {show: title, caption: "%s", seconds: 2}
                          - {show: card, lines: ["%s", "%s"], caption: "x", seconds: 2}
                          - {show: table, header: ["%s", "%s"], rows: [["%s", "%s"], ["%s", "%s"]], caption: "x", seconds: 2}
                          - {show: myths, items: [{myth: "%s", fact: "%s"}], caption: "x", seconds: 2}
                          - {show: kernels, caption: "%s", seconds: 2}
                        """.formatted(longLine.substring(0, 40), longLine.substring(0, 100), longLine.substring(0, 60),
                        longLine.substring(0, 60), longLine.substring(0, 20), longLine.substring(0, 20), longLine.substring(0, 30),
                        longLine.substring(0, 30), longLine.substring(0, 30), longLine.substring(0, 30), longLine.substring(0, 60),
                        longLine.substring(0, 60), longLine.substring(0, 150))),
                Arguments.of("most kernels and a one-frame beat", """
                        fps: 12
                        image: [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12], [13, 14, 15, 16]]
                        kernels:
                          - {name: a, values: [[1, 0], [0, 1]]}
                          - {name: b, values: [[0, 1], [1, 0]]}
                          - {name: c, values: [[1, 1], [0, 0]]}
                          - {name: d, values: [[0, 0], [1, 1]]}
                          - {name: e, values: [[1, 0], [1, 0]]}
                          - {name: f, values: [[0, 1], [0, 1]]}
                          - {name: g, values: [[-1, 0], [0, 1]]}
                          - {name: h, values: [[1, -1], [-1, 1]]}
                        stride: 2
                        padding: same
                        beats:
                          - {show: kernels, caption: "আটটি kernel", seconds: 0.01}
                          - {show: slide, caption: "এক ফ্রেম", seconds: 0.01}
                          - {show: step, at: [1, 1], caption: "ধাপ", seconds: 2}
                        """));
    }

    @TempDir
    Path folder;

    private Scene load(String text) throws IOException, SceneException {
        Path file = Files.writeString(folder.resolve("edge.yaml"), text, StandardCharsets.UTF_8);
        List<Scene> scenes = SceneLoader.loadAll(file, new LayoutCheck());
        assertEquals(1, scenes.size());
        return scenes.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeScenes")
    void sceneAtTheLimitsPaintsTheFirstFrameOfEveryBeatInEveryFormat(String name, String text) throws Exception {
        Scene scene = assertDoesNotThrow(() -> load(text), name + " is valid");
        SceneComputation computation = SceneComputation.of(scene);
        TextShaper shaper = new TextShaper(Typefaces.bundled());
        for (Format format : Format.values()) {
            Scene framed = scene.withFormat(format);
            FramePainter painter = new FramePainter(framed, computation, Theme.standard(), shaper, format.width(), format.height());
            Timeline timeline = Timeline.of(framed, computation);
            BufferedImage image = convreel.export.Frame.canvas(format.width(), format.height());
            for (BeatSpan span : timeline.spans()) {
                Graphics2D g = image.createGraphics();
                try {
                    assertDoesNotThrow(() -> painter.paint(g, timeline.at(span.firstFrame())),
                            name + ": beat " + (span.index() + 1) + " in " + format.label());
                } finally {
                    g.dispose();
                }
            }
        }
    }

    @Test
    void theCheckHandsOverThePainterItLaidOutOnceForTheSceneItCheckedAndItDrawsAsAFreshOne() throws Exception {
        Scene scene = SceneLoader.loadAll(Path.of("scenes/convolution.yaml")).get(0);
        Scene shorts = scene.withFormat(Format.SHORTS);
        LayoutCheck check = new LayoutCheck();
        assertTrue(check.firstProblem(scene, EnumSet.of(Format.SHORTS)).isEmpty());
        assertTrue(check.takeLaidOut(scene).isEmpty(), "not checked in the scene's own format");
        Scene recaptioned = shorts.withBeats(List.of(new Beat("অন্য কথা", 3, scene.beats().get(0).show())),
                Scene.silent(List.of(new Beat("অন্য কথা", 3, scene.beats().get(0).show()))));
        assertTrue(check.takeLaidOut(recaptioned).isEmpty(), "another scene in the same format");
        FramePainter laidOut = check.takeLaidOut(shorts).orElseThrow();
        assertTrue(check.takeLaidOut(shorts).isEmpty(), "a painter is for one thread: taken once");

        SceneComputation computation = SceneComputation.of(shorts);
        FramePainter fresh = new FramePainter(shorts, computation, Theme.standard(), new TextShaper(Typefaces.bundled()),
                Format.SHORTS.width(), Format.SHORTS.height());
        Timeline timeline = Timeline.of(shorts, computation);
        for (BeatSpan span : timeline.spans()) {
            int frame = span.firstFrame() + span.frameCount() / 2;
            assertArrayEquals(pixels(fresh, timeline, frame), pixels(laidOut, timeline, frame), "frame " + frame);
        }
    }

    private static int[] pixels(FramePainter painter, Timeline timeline, int frame) {
        BufferedImage image = convreel.export.Frame.canvas(painter.width(), painter.height());
        Graphics2D g = image.createGraphics();
        painter.paint(g, timeline.at(frame));
        g.dispose();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void theLargestNumbersAreWrittenShortAndStayInsideTheirCells() throws Exception {
        Scene scene = load((String) edgeScenes().findFirst().orElseThrow().get()[1]);
        assertEquals(Numerals.BENGALI, scene.numerals());
        SceneComputation computation = SceneComputation.of(scene);
        for (Format format : Format.values()) {
            Scene framed = scene.withFormat(format);
            FramePainter painter = new FramePainter(framed, computation, Theme.standard(),
                    new TextShaper(Typefaces.bundled()), format.width(), format.height());
            Timeline timeline = Timeline.of(framed, computation);
            BeatSpan slide = timeline.spans().get(4);
            Canvas canvas = Canvas.measuring();
            painter.paint(canvas, timeline.at(slide.firstFrame() + slide.frameCount() - 1));
            StageLayout stage = StageLayout.of(painter.context(), computation.primary());
            int numbers = 0;
            for (Canvas.Element element : canvas.elements()) {
                Rectangle2D box = element.box();
                boolean inGrid = Stream.of(stage.input(), stage.kernel(), stage.output())
                        .anyMatch(grid -> grid.contains(box.getCenterX(), box.getCenterY()));
                if (element.role() == null && inGrid) {
                    numbers++;
                    assertTrue(box.getWidth() <= stage.cell(), format.label() + ": a number " + box.getWidth()
                            + " px wide in a cell of " + stage.cell());
                }
            }
            assertTrue(numbers > 0 || format != Format.LANDSCAPE, "landscape writes every number");
        }
    }

    @Test
    void numbersOfFiveDigitsOrMoreAreWrittenWithTheirPowerOfTen() {
        Numbers latin = new Numbers(Numerals.LATIN);
        assertEquals("9999.99", latin.format(9999.994));
        assertEquals("1e4", latin.format(9999.999));
        assertEquals("1.23e4", latin.format(12345));
        assertEquals("1e5", latin.format(99999.99));
        assertEquals("−4.9e13", latin.format(-4.9e13));
        assertEquals("1e6", latin.format(1_000_000));
        assertEquals("−১.২৩e৪", new Numbers(Numerals.BENGALI).format(-12345));
    }
}
