package convreel.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import convreel.conv.FeatureMap;
import convreel.conv.SceneComputation;
import convreel.model.Activation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Cell;
import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.Stride;
import convreel.model.Voiceover;
import convreel.testing.SeedScene;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SceneLoaderTest {
    private static final Path SEED = Path.of("src/test/resources/script/valid/seed.yaml");

    private static final Matrix SEED_IMAGE = Matrix.of(new double[][] {
        {1, 2, 3, 0, 1},
        {0, 1, 2, 3, 1},
        {1, 0, 1, 2, 3},
        {2, 1, 0, 1, 2},
        {1, 2, 1, 0, 1},
    });
    private static final Matrix VERTICAL_EDGE = Matrix.of(new double[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}});

    /** The seed scene with {@code key: value} lines in place of its stride, padding and activation. */
    private static String seedWith(String settings) {
        return SeedScene.YAML + """
                beats:
                  - caption: "Kernel বাম থেকে ডানে যায়"
                    seconds: 9
                """ + settings;
    }

    private static Scene parse(String text) throws SceneException {
        return SceneLoader.parse(text, Path.of("scenes/test.yaml"));
    }

    @Test
    void seedSceneLoadsIntoTheSceneItDescribes() throws SceneException {
        Scene scene = SceneLoader.load(SEED);

        Scene expected = new Scene("seed", "Convolution — CNN-এর চোখ", SEED_IMAGE,
                List.of(new Kernel("vertical edge", VERTICAL_EDGE, 0)),
                Stride.of(1), Padding.valid(), Activation.RELU,
                List.of(new Beat("AI চোখ না থাকলেও দেখে—কীভাবে?", 3, new Show.Title()),
                        new Beat("একটি 3×3 kernel পুরো ছবি বুঝে ফেলে!", 6, new Show.Step(new Cell(0, 0))),
                        new Beat("Kernel বাম থেকে ডানে যায়, তারপর নিচে নামে", 9, new Show.Slide())),
                30, Numerals.LATIN, Format.LANDSCAPE);
        Scene unheard = new Scene(scene.name(), scene.title(), scene.image(), scene.kernels(), scene.stride(),
                scene.padding(), scene.activation(), scene.beats(), scene.fps(), scene.numerals(), scene.format());
        assertEquals(expected, unheard);
        assertEquals(18, scene.seconds());
        assertFalse(scene.voiceover().audible(), "nothing is spoken without tts: or voice files");
        assertEquals(List.of("AI চোখ না থাকলেও দেখে—কীভাবে?", "একটি 3×3 kernel পুরো ছবি বুঝে ফেলে!",
                "Kernel বাম থেকে ডানে যায়, তারপর নিচে নামে"),
                scene.voiceover().beats().stream().map(b -> b.narration()).toList(), "narration defaults to the caption");
        assertEquals(18, scene.voiceover().beats().get(0).where().line(), "each beat's voice remembers its line");
    }

    @Test
    void loadedSeedSceneGivesTheHandWorkedFeatureMapAndItsRelu() throws SceneException {
        FeatureMap map = SceneComputation.of(SceneLoader.load(SEED)).primary();

        assertEquals(Matrix.of(new double[][] {{-4, -2, 1}, {0, -4, -3}, {2, 0, -4}}), map.values());
        assertEquals(Matrix.of(new double[][] {{0, 0, 1}, {0, 0, 0}, {2, 0, 0}}), map.activated());
    }

    @Test
    void keysLeftOutTakeTheirDefaults() throws SceneException {
        Scene scene = parse("""
                image: [[1, 2], [3, 4]]
                kernels:
                  - values: [[1]]
                  - values: [[-1]]
                beats:
                  - caption: ""
                    seconds: 1.5
                """);

        assertEquals("test", scene.name());
        assertEquals("", scene.title());
        assertEquals(30, scene.fps());
        assertEquals(Stride.of(1), scene.stride());
        assertEquals(Padding.valid(), scene.padding());
        assertEquals(Activation.NONE, scene.activation());
        assertEquals(List.of(new Kernel("kernel 1", Matrix.of(new double[][] {{1}}), 0),
                new Kernel("kernel 2", Matrix.of(new double[][] {{-1}}), 0)), scene.kernels());
        assertEquals(List.of(new Beat("", 1.5, new Show.Slide())), scene.beats(), "a beat without show is a slide");
    }

    static Stream<Arguments> paddings() {
        return Stream.of(
                Arguments.of("valid", Padding.valid()),
                Arguments.of("same", Padding.same()),
                Arguments.of("full", Padding.full()),
                Arguments.of("2", Padding.zeros(2)),
                Arguments.of("0", Padding.zeros(0)));
    }

    @ParameterizedTest(name = "padding: {0}")
    @MethodSource("paddings")
    void paddingIsAWordOrANumberOfZerosPerSide(String written, Padding expected) throws SceneException {
        assertEquals(expected, parse(seedWith("padding: " + written + "\n")).padding());
    }

    static Stream<Arguments> strides() {
        return Stream.of(
                Arguments.of("1", Stride.of(1)),
                Arguments.of("2", Stride.of(2)),
                Arguments.of("[1, 2]", new Stride(1, 2)),
                Arguments.of("[2, 1]", new Stride(2, 1)),
                Arguments.of("2.0", Stride.of(2)));
    }

    @ParameterizedTest(name = "stride: {0}")
    @MethodSource("strides")
    void strideIsOneNumberOrRowsAndCols(String written, Stride expected) throws SceneException {
        assertEquals(expected, parse(seedWith("stride: " + written + "\n")).stride());
    }

    @Test
    void nonSquareStrideGivesANonSquareOutputAndStepsAreCheckedAgainstIt() throws SceneException {
        Scene scene = parse(seedWith("stride: [1, 2]\n"));
        FeatureMap map = SceneComputation.of(scene).primary();
        assertEquals(Matrix.of(new double[][] {{-4, 1}, {0, -3}, {2, -4}}), map.values());

        SceneException error = assertThrows(SceneException.class, () -> parse(seedWith("""
                stride: [1, 2]
                """).replace("beats:\n", "beats:\n  - show: step\n    at: [2, 2]\n    caption: \"\"\n    seconds: 2\n")));
        assertEquals("step at [2, 2] is outside the 3×2 output", error.problem());
        assertEquals("rows go from 0 to 2 and columns from 0 to 1", error.hint());
    }

    @Test
    void activationIsReluOrNone() throws SceneException {
        assertEquals(Activation.RELU, parse(seedWith("activation: relu\n")).activation());
        assertEquals(Activation.NONE, parse(seedWith("activation: none\n")).activation());
    }

    @Test
    void everyKindOfBeatIsRead() throws SceneException {
        Scene scene = parse(seedWith("").replace("beats:\n", """
                beats:
                  - show: title
                    caption: "শিরোনাম"
                    seconds: 2
                  - show: step
                    at: [2, 1]
                    caption: "একটি ঘর"
                    seconds: 4
                  - show: slide
                    caption: "পুরো ছবি"
                    seconds: 0.5
                """));

        assertEquals(List.of(new Beat("শিরোনাম", 2, new Show.Title()), new Beat("একটি ঘর", 4, new Show.Step(new Cell(2, 1))),
                new Beat("পুরো ছবি", 0.5, new Show.Slide()), new Beat("Kernel বাম থেকে ডানে যায়", 9, new Show.Slide())), scene.beats());
    }

    @Test
    void numbersMayBeNegativeFractionalExponentOrHex() throws SceneException {
        Scene scene = parse("""
                image: [[0x10, 0o10, 1e2, -0.5, +3, .25]]
                kernels:
                  - values: [[1]]
                    bias: -1
                beats:
                  - caption: ""
                    seconds: 1
                """);

        assertEquals(Matrix.of(new double[][] {{16, 8, 100, -0.5, 3, 0.25}}), scene.image());
        assertEquals(-1, scene.kernels().get(0).bias());
    }

    @Test
    void sceneNameIsTheFileNameWithoutYamlOrYml() {
        assertEquals("intro", SceneLoader.sceneName(Path.of("scenes/intro.yaml")));
        assertEquals("intro", SceneLoader.sceneName(Path.of("scenes/intro.yml")));
        assertEquals("intro.v2", SceneLoader.sceneName(Path.of("intro.v2.YAML")));
        assertEquals("notes.txt", SceneLoader.sceneName(Path.of("notes.txt")));
    }

    @Test
    void leadingByteOrderMarkIsIgnoredAndPositionsStillMatchTheText() {
        SceneException error = assertThrows(SceneException.class, () -> parse("\uFEFF" + seedWith("stride: 0\n")));
        assertEquals(12, error.line());
        assertEquals(9, error.column());
    }

    @Test
    void relativePathStaysRelativeInTheMessage() {
        Path file = Path.of("src/test/resources/script/invalid/stride-zero.yaml");
        SceneException error = assertThrows(SceneException.class, () -> SceneLoader.load(file));
        assertEquals(file.toString(), error.file());
        assertEquals(file + ":11:9: stride is 0, but the window moves at least 1 cell per step; use 1 or more",
                error.getMessage().lines().findFirst().orElseThrow());
    }

    @Test
    void missingSceneFileIsNamedWithoutAPosition() {
        Path file = Path.of("no-such-directory/nope.yaml");
        SceneException error = assertThrows(SceneException.class, () -> SceneLoader.load(file));

        assertEquals("no-such-directory/nope.yaml: no such scene file; check the path", error.getMessage());
        assertEquals(0, error.line());
        assertEquals(0, error.column());
        assertEquals("no such scene file", error.problem());
        assertEquals("check the path", error.hint());
    }

    @Test
    void directoryInsteadOfAFileSuggestsASceneInside(@TempDir Path scenes) throws IOException {
        Files.writeString(scenes.resolve("outro.yaml"), "");
        Files.writeString(scenes.resolve("intro.yaml"), "");
        Files.writeString(scenes.resolve("notes.txt"), "");

        SceneException error = assertThrows(SceneException.class, () -> SceneLoader.load(scenes, "scenes"));

        assertEquals("scenes: this is a directory, not a scene file; give the path of a scene file in it,"
                + " such as scenes/intro.yaml", error.getMessage());
    }

    @Test
    void emptyDirectoryAsksForAYamlFile(@TempDir Path scenes) {
        SceneException error = assertThrows(SceneException.class, () -> SceneLoader.load(scenes, "scenes"));

        assertEquals("scenes: this is a directory, not a scene file; give the path of a .yaml scene file",
                error.getMessage());
    }

    @Test
    void unreadableFileSaysSo(@TempDir Path directory) throws IOException {
        Path file = Files.writeString(directory.resolve("locked.yaml"), seedWith(""));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "this user can read any file (root?)");

        SceneException error = assertThrows(SceneException.class, () -> SceneLoader.load(file, "scenes/locked.yaml"));

        assertEquals("scenes/locked.yaml: cannot read the scene file: permission denied; check the file's permissions",
                error.getMessage());
    }

    @Test
    void narrationSplitIntoPhrasesKeepsEachPhraseAndTheCueItStarts() throws SceneException {
        Scene scene = parse("""
                image: [[1, -2], [3, 4]]
                kernels: [{values: [[1]]}]
                tts: {engine: espeak-ng}
                beats:
                  - show: activation
                    caption: "ReLU"
                    seconds: 4
                    narration:
                      - "Convolution-এর পর ReLU বসে।"
                      - relu: "negative সংখ্যাগুলো শূন্য হয়ে যায়।"
                  - caption: "আগের মতো"
                    seconds: 2
                """);
        Voiceover.BeatVoice voice = scene.voiceover().beats().get(0);
        assertEquals(List.of("Convolution-এর পর ReLU বসে।", "negative সংখ্যাগুলো শূন্য হয়ে যায়।"),
                voice.phrases().stream().map(Voiceover.Phrase::text).toList());
        assertEquals(List.of(Optional.empty(), Optional.of("relu")), voice.phrases().stream().map(Voiceover.Phrase::cue).toList());
        assertEquals("Convolution-এর পর ReLU বসে। negative সংখ্যাগুলো শূন্য হয়ে যায়।", voice.narration());
        assertEquals(10, voice.phrases().get(1).where().line());
        Voiceover.BeatVoice plain = scene.voiceover().beats().get(1);
        assertEquals(List.of("আগের মতো"), plain.phrases().stream().map(Voiceover.Phrase::text).toList(),
                "a beat without narration says its caption in one piece");
    }

    @Test
    void recordedVoiceNamesTheSecondEachCueStartsAt(@TempDir Path dir) throws IOException, SceneException {
        Files.write(dir.resolve("b1.wav"), new byte[] {0});
        Path file = dir.resolve("scene.yaml");
        Files.writeString(file, """
                image: [[1, -2], [3, 4]]
                kernels: [{values: [[1]]}]
                beats:
                  - show: activation
                    caption: "ReLU"
                    seconds: 4
                    voice: {file: b1.wav, cues: {relu: 2.4}}
                """);
        Voiceover.BeatVoice voice = SceneLoader.load(file).voiceover().beats().get(0);
        assertEquals(Optional.of(dir.resolve("b1.wav")), voice.file());
        assertEquals(List.of("relu"), voice.marks().stream().map(Voiceover.Mark::cue).toList());
        assertEquals(2.4, voice.marks().get(0).seconds());
    }

    @Test
    void aVeryLongLineIsQuotedAroundTheProblemWithTheCaretUnderIt() {
        String padding = " ".repeat(6000);
        SceneException error = assertThrows(SceneException.class, () -> parse(
                "image: [[1]]\nkernels: [{values: [[1]]}]\nbeats: [{caption: \"\"," + padding + "seconds: x}]\n"));
        List<String> lines = error.getMessage().lines().toList();
        assertTrue(lines.get(1).length() < 130, "quoted line kept short: " + lines.get(1).length() + " characters");
        int caret = lines.get(2).indexOf('^');
        assertEquals('x', lines.get(1).charAt(caret), "the caret points at the bad value");
    }
}
