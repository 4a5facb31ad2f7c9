package convreel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.script.SceneLoader;
import convreel.testing.DecodedVideo;
import convreel.testing.ImageDifference;
import convreel.testing.SvgRasterizer;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The render command end to end: a scene file in, a decodable YouTube-ready MP4 and frame folders out. */
class RenderCommandTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny.yaml");
    private static final Path FLASH = Path.of("src/test/resources/cli/flash.yaml");

    @TempDir
    Path out;

    @Test
    void renderWritesAnH264VideoThatDecodesToThePaintedFrames() throws Exception {
        CliRun run = CliRun.of("render", TINY.toString(), "--out", out.toString(), "--captions", "both");
        assertEquals(0, run.exitCode(), run.err());
        Path video = out.resolve("tiny.mp4");
        assertTrue(Files.isRegularFile(video));
        assertEquals(List.of(out.resolve(".cache"), video, out.resolve("tiny.srt"), out.resolve("tiny.vtt")), list(out),
                "the cache of encoded beats, the video and its subtitles, no staging files");
        String srt = Files.readString(out.resolve("tiny.srt"));
        assertTrue(srt.startsWith("1\n00:00:00,000 --> 00:00:00,500\nAI চোখ না থাকলেও দেখে—কীভাবে?"), srt);

        Scene scene = SceneLoader.load(TINY);
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(),
                new TextShaper(Typefaces.bundled()), 1920, 1080);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile())) {
            grabber.start();
            assertEquals(avcodec.AV_CODEC_ID_H264, grabber.getVideoCodec());
            assertEquals(1920, grabber.getImageWidth());
            assertEquals(1080, grabber.getImageHeight());
            assertEquals(30.0, grabber.getFrameRate(), 0.01);
            assertEquals(3.0, grabber.getLengthInTime() / 1e6, 1.0 / 30, "duration is the sum of the beats' seconds");
        }
        List<Integer> compared = new ArrayList<>();
        int[] decoded = {0};
        DecodedVideo.forEach(video, frame -> {
            int index = decoded[0]++;
            assertEquals(index * 1_000_000L / 30, frame.timestampMicros(), 1_000_000.0 / 60, "frame " + index + " is shown on time");
            if (index == 10 || index == 40 || index == 80) {
                double psnr = ImageDifference.between(paint(painter, timeline, index), frame.image()).psnr();
                assertTrue(psnr > 35, "decoded frame " + index + " is close to the painted one: PSNR " + psnr);
                compared.add(index);
            }
        });
        assertEquals(90, decoded[0], "every frame of 3 s at 30 fps is in the video");
        assertEquals(List.of(10, 40, 80), compared);
    }

    @Test
    void pngAndSvgFramesAreNumberedAndLookTheSame() throws Exception {
        CliRun run = CliRun.of("render", FLASH.toString(), "--out", out.toString(), "--png", "--svg");
        assertEquals(0, run.exitCode(), run.err());
        Path png = out.resolve("flash/png");
        Path svg = out.resolve("flash/svg");
        assertEquals(6, list(png).size());
        assertEquals(6, list(svg).size());
        assertTrue(Files.exists(png.resolve("000001.png")) && Files.exists(png.resolve("000006.png")));
        assertTrue(Files.exists(svg.resolve("000001.svg")) && Files.exists(svg.resolve("000006.svg")));
        BufferedImage raster = ImageIO.read(png.resolve("000006.png").toFile());
        BufferedImage vector = SvgRasterizer.rasterize(svg.resolve("000006.svg"));
        ImageDifference difference = ImageDifference.between(raster, vector);
        assertTrue(difference.worstChannelMean() < 1.5, "the SVG frame looks like the PNG frame: " + difference);
        String text = Files.readString(svg.resolve("000006.svg"));
        assertFalse(text.contains("<text"), "Bangla reaches the SVG as shaped outlines, never as <text>");
    }

    @Test
    void aBrokenSceneExitsWithTwoAMessageAndNoOutput() throws Exception {
        CliRun run = CliRun.of("render", "src/test/resources/cli/broken.yaml", "--out", out.toString(), "--png");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("src/test/resources/cli/broken.yaml:4:13: kernel"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
        assertEquals(List.of(), list(out), "nothing is written for a scene that does not load");
    }

    @Test
    void aMissingSceneFileIsAClearError() {
        CliRun run = CliRun.of("render", "scenes/no-such-scene.yaml", "--out", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("scenes/no-such-scene.yaml: no such scene file"), run.err());
    }

    @Test
    void frameWritesOnePngOrSvgAndRejectsOtherFormats() throws Exception {
        assertEquals(0, CliRun.of("frame", TINY.toString(), "--at", "2.2", "-o", out.resolve("a.png").toString()).exitCode());
        BufferedImage still = ImageIO.read(out.resolve("a.png").toFile());
        assertEquals(1920, still.getWidth());
        assertEquals(1080, still.getHeight());
        assertEquals(0, CliRun.of("frame", TINY.toString(), "--at", "2.2", "-o", out.resolve("a.svg").toString()).exitCode());
        assertTrue(Files.readString(out.resolve("a.svg")).contains("<svg"));
        CliRun jpeg = CliRun.of("frame", TINY.toString(), "--at", "1", "-o", out.resolve("a.jpg").toString());
        assertEquals(2, jpeg.exitCode());
        assertTrue(jpeg.err().contains(".png or .svg"), jpeg.err());
    }

    private static BufferedImage paint(FramePainter painter, Timeline timeline, int frame) {
        BufferedImage image = convreel.export.Frame.canvas(1920, 1080);
        Graphics2D g = image.createGraphics();
        painter.paint(g, timeline.at(frame));
        g.dispose();
        return image;
    }

    private static List<Path> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
