package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Captions;
import convreel.model.Scene;
import convreel.paint.Canvas;
import convreel.paint.FramePainter;
import convreel.script.SceneLoader;
import convreel.testing.SmallScenes;
import convreel.timeline.Timeline;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaptionModesTest {
    private static final String SCENE = SmallScenes.oneBeat("landscape", "matrix", "ছবি মানে সংখ্যা", 0.5);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Captions.class)
    void eachModeShipsSubtitlesOnlyWhenItSaysSo(Captions mode) throws Exception {
        Path scene = dir.resolve("modes.yaml");
        Files.writeString(scene, "captions: " + mode.label() + "\n" + SCENE);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString(), "--quality", "draft");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("modes.mp4")));
        assertEquals(mode.shipped(), Files.exists(out.resolve("modes.srt")), mode + ": .srt");
        assertEquals(mode.shipped(), Files.exists(out.resolve("modes.vtt")), mode + ": .vtt");
        if (mode.shipped()) {
            assertTrue(Files.readString(out.resolve("modes.srt")).contains("ছবি মানে সংখ্যা"));
        }
    }

    @Test
    void theCommandLineOverridesTheScenesCaptions() throws Exception {
        Path scene = dir.resolve("burned.yaml");
        Files.writeString(scene, SCENE);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", scene.toString(), "--out", out.toString(), "--quality", "draft", "--captions", "cc");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.exists(out.resolve("burned.srt")), "--captions cc ships the subtitles");

        CliRun bad = CliRun.of("render", scene.toString(), "--out", out.toString(), "--captions", "cd");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown captions 'cd'; use burned, cc, both"), bad.err());
    }

    @ParameterizedTest
    @EnumSource(Captions.class)
    void onlyDrawnCaptionsHaveABand(Captions mode) throws Exception {
        Path file = dir.resolve("band.yaml");
        Files.writeString(file, SCENE);
        for (String format : new String[] {"landscape", "shorts"}) {
            Scene scene = SceneLoader.load(file).withFormat(convreel.model.Format.byLabel(format)).withCaptions(mode);
            FramePainter painter = SmallScenes.painter(scene, convreel.paint.Theme.standard(), scene.format().width() / 4,
                    scene.format().height() / 4);
            Timeline timeline = Timeline.of(scene, SceneComputation.of(scene));
            BufferedImage image = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_INT_RGB);
            Canvas canvas = Canvas.recording(image.createGraphics());
            painter.paint(canvas, timeline.at(timeline.frameCount() - 1));
            boolean band = canvas.elements().stream().anyMatch(e -> "caption band".equals(e.role()));
            boolean caption = canvas.elements().stream().anyMatch(e -> "ছবি মানে সংখ্যা".equals(e.text()));
            assertEquals(mode.drawn(), band, mode + " in " + format + ": the caption band");
            assertEquals(mode.drawn(), caption, mode + " in " + format + ": the caption's words");
        }
    }

    @Test
    void ccIsNotTheDefault() throws Exception {
        Path file = dir.resolve("plain.yaml");
        Files.writeString(file, SCENE);
        assertFalse(SceneLoader.load(file).captions().shipped(), "burned, not shipped, unless the scene says so");
    }
}
