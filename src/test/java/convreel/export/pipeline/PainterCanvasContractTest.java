package convreel.export.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.export.image.SvgFrameWriter;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.TextShaper;
import convreel.paint.Theme;
import convreel.paint.Typefaces;
import convreel.testing.SeedScene;
import convreel.testing.SvgRasterizer;
import convreel.timeline.Timeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One painter, two canvases: every beat kind painted on a {@code BufferedImage} and on Batik's
 * {@code SVGGraphics2D} (then rasterised by Batik) gives the same picture.
 *
 * <p>The two rasterisers antialias edges differently (Java2D's glyph cache against Batik's filled
 * outlines, whole against fractional glyph positions), so pixels are compared in 6×6 blocks,
 * averaged: no block may differ by more than {@value #BLOCK_TOLERANCE} levels of 255 in any channel.
 * Measured at 960×540: text antialiasing differs by up to 25; one missing digit by 76.
 */
class PainterCanvasContractTest {
    private static final int BLOCK = 6;
    private static final int BLOCK_TOLERANCE = 40;

    @ParameterizedTest(name = "{0} s, padding {1}")
    @CsvSource({"1.5, valid", "3.4, valid", "5.95, valid", "8.1, valid", "11.95, valid", "9.0, same"})
    void rasterAndSvgCanvasesShowTheSameFrame(double seconds, String padding) throws IOException {
        Scene scene = SeedScene.withPadding(padding.equals("same") ? Padding.same() : Padding.valid());
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()), 960, 540);
        TimelineFrame frame = new TimelineFrame(painter, timeline.at(timeline.frameAt(seconds)), TimelineFrame.canvasFor(painter));

        BufferedImage raster = frame.raster();
        BufferedImage vector = SvgRasterizer.rasterize(SvgFrameWriter.toSvg(frame));
        int worst = worstBlockDifference(raster, vector);
        assertTrue(worst <= BLOCK_TOLERANCE, "a 6×6 block of the SVG canvas differs from the raster canvas by " + worst);
    }

    /**
     * A photo beat draws its picture and maps as images: closing in (the pixels as sharp squares), in
     * close-up with the numbers, and pulled back beside the maps; the SVG embeds them as PNGs.
     */
    @ParameterizedTest(name = "{0} of the photo beat")
    @CsvSource({"0.2", "0.3", "0.85"})
    void rasterAndSvgCanvasesShowTheSamePhoto(double share) throws Exception {
        Scene scene = convreel.script.SceneLoader.load(java.nio.file.Path.of("src/test/resources/paint/every-beat.yaml"));
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        convreel.timeline.BeatSpan photo = timeline.spans().get(scene.beats().size() - 1);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()), 960, 540);
        int at = photo.firstFrame() + (int) (photo.frameCount() * share);
        TimelineFrame frame = new TimelineFrame(painter, timeline.at(at), TimelineFrame.canvasFor(painter));

        int worst = worstBlockDifference(frame.raster(), SvgRasterizer.rasterize(SvgFrameWriter.toSvg(frame)));
        assertTrue(worst <= BLOCK_TOLERANCE, "a 6×6 block of the SVG canvas differs from the raster canvas by " + worst);
    }

    /** The largest difference of any channel between the two pictures' block averages. */
    static int worstBlockDifference(BufferedImage a, BufferedImage b) {
        int worst = 0;
        for (int by = 0; by + BLOCK <= a.getHeight(); by += BLOCK) {
            for (int bx = 0; bx + BLOCK <= a.getWidth(); bx += BLOCK) {
                for (int shift = 0; shift < 24; shift += 8) {
                    int sum = 0;
                    for (int y = by; y < by + BLOCK; y++) {
                        for (int x = bx; x < bx + BLOCK; x++) {
                            sum += ((a.getRGB(x, y) >> shift) & 0xff) - ((b.getRGB(x, y) >> shift) & 0xff);
                        }
                    }
                    worst = Math.max(worst, Math.abs(sum) / (BLOCK * BLOCK));
                }
            }
        }
        return worst;
    }

    /** The comparison is strict enough to notice one missing digit in a grid. */
    @org.junit.jupiter.api.Test
    void theComparisonNoticesAMissingDigit() {
        Scene scene = SeedScene.scene();
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()), 960, 540);
        BufferedImage frame = new TimelineFrame(painter, timeline.at(timeline.frameAt(5.95)), TimelineFrame.canvasFor(painter)).raster();
        BufferedImage copy = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        var g = copy.createGraphics();
        g.drawImage(frame, 0, 0, null);
        var stage = convreel.paint.StageLayout.of(painter.context(), computation.primary());
        var input = stage.input();
        double cell = stage.cell();
        // Paint over the number in the last input cell with the cell's own colour.
        int x = (int) (input.getMaxX() - cell / 2);
        int y = (int) (input.getMaxY() - cell / 2);
        g.setColor(new java.awt.Color(frame.getRGB((int) (input.getMaxX() - cell * 0.9), (int) (input.getMaxY() - cell * 0.9))));
        g.fillRect((int) (x - cell * 0.3), (int) (y - cell * 0.3), (int) (cell * 0.6), (int) (cell * 0.6));
        g.dispose();
        assertTrue(worstBlockDifference(frame, copy) > BLOCK_TOLERANCE);
    }
}
