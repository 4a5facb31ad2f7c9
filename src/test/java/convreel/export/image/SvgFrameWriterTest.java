package convreel.export.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.testing.Drawings;
import convreel.testing.ImageDifference;
import convreel.testing.PaintedFrame;
import convreel.testing.SvgRasterizer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SvgFrameWriterTest {

    /**
     * Mean absolute difference per channel, in 8-bit levels, allowed between the raster and the
     * rasterised SVG. Batik fills glyph outlines where Java2D rasterises glyphs its own way, and the two
     * anti-alias edges differently: on this 320×180 frame about 3% of pixels differ, all on edges,
     * for a mean of about 1 level. Leaving out the two-word caption raises it above 4.
     */
    private static final double MAX_MEAN_DIFFERENCE = 2.0;

    @TempDir
    Path dir;

    @Test
    void sameDrawingGivesTheSameBytes() throws IOException {
        Consumer<Graphics2D> drawing = clippedGradientAndText();
        String first = SvgFrameWriter.toSvg(new PaintedFrame(0, 320, 180, drawing));
        for (int i = 0; i < 5; i++) {
            assertEquals(first, SvgFrameWriter.toSvg(new PaintedFrame(0, 320, 180, drawing)));
        }
        assertTrue(first.contains("id=\"cr-"), "ids carry the fixed prefix");
        assertFalse(first.contains("<!--"), "no comment");
    }

    @Test
    void sequenceFilesAreByteIdenticalAcrossRenders() throws IOException {
        Consumer<Graphics2D> drawing = clippedGradientAndText();
        for (String run : new String[] {"a", "b"}) {
            try (ImageSequenceSink sink = ImageSequenceSink.open(dir.resolve(run), ImageFormat.SVG)) {
                sink.accept(new PaintedFrame(0, 320, 180, drawing));
                sink.finish();
            }
        }
        assertEquals(-1L, Files.mismatch(dir.resolve("a/000001.svg"), dir.resolve("b/000001.svg")));
    }

    @Test
    void banglaTextLayoutBecomesFilledPathsNotTextElements() throws IOException {
        String svg = SvgFrameWriter.toSvg(new PaintedFrame(0, 200, 100, g -> {
            Drawings.smooth(g);
            g.setColor(Color.BLACK);
            new TextLayout("কি", Drawings.BENGALI.deriveFont(Font.PLAIN, 48f), g.getFontRenderContext()).draw(g, 20f, 70f);
        }));
        assertTrue(svg.contains("<path"), svg);
        assertFalse(svg.contains("<text"), svg);
    }

    @Test
    void drawStringAlsoBecomesPaths() throws IOException {
        String svg = SvgFrameWriter.toSvg(new PaintedFrame(0, 200, 100, g -> {
            g.setFont(Drawings.BENGALI.deriveFont(Font.PLAIN, 40f));
            g.drawString("কি", 20, 70);
        }));
        assertTrue(svg.contains("<path"), svg);
        assertFalse(svg.contains("<text"), svg);
    }

    @Test
    void rootDeclaresSizeAndViewBoxAndNumbersHaveAtMostThreeDecimals() throws IOException {
        String svg = SvgFrameWriter.toSvg(new PaintedFrame(0, 320, 180, clippedGradientAndText()));
        assertTrue(svg.contains("width=\"320\""), svg);
        assertTrue(svg.contains("height=\"180\""), svg);
        assertTrue(svg.contains("viewBox=\"0 0 320 180\""), svg);
        Matcher longDecimal = Pattern.compile("\\d\\.\\d{4,}").matcher(svg);
        assertFalse(longDecimal.find(), () -> "found " + longDecimal.group());
    }

    @Test
    void svgRendersLikeTheRaster() throws IOException {
        PaintedFrame frame = new PaintedFrame(0, 320, 180, Drawings.shapesAndBanglaText(320, 180, "কি হচ্ছে"));
        BufferedImage vector = SvgRasterizer.rasterize(SvgFrameWriter.toSvg(frame));
        ImageDifference difference = ImageDifference.between(frame.raster(), vector);
        assertTrue(difference.worstChannelMean() < MAX_MEAN_DIFFERENCE, difference.toString());
    }

    @Test
    void comparisonNoticesAMissingCaption() throws IOException {
        PaintedFrame full = new PaintedFrame(0, 320, 180, Drawings.shapesAndBanglaText(320, 180, "কি হচ্ছে"));
        PaintedFrame withoutCaption = new PaintedFrame(0, 320, 180, Drawings.shapesAndBanglaText(320, 180, " "));
        BufferedImage vector = SvgRasterizer.rasterize(SvgFrameWriter.toSvg(withoutCaption));
        ImageDifference difference = ImageDifference.between(full.raster(), vector);
        assertTrue(difference.worstChannelMean() > MAX_MEAN_DIFFERENCE, difference.toString());
    }

    /** A drawing that needs SVG definitions (a clip path, a gradient) and text. */
    private static Consumer<Graphics2D> clippedGradientAndText() {
        return g -> {
            Drawings.smooth(g);
            g.setPaint(new GradientPaint(0, 0, new Color(240, 240, 255), 320, 180, new Color(255, 240, 220)));
            g.fillRect(0, 0, 320, 180);
            g.clip(new Ellipse2D.Double(10, 10, 300, 160));
            g.setColor(new Color(66, 133, 244));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(40.123456, 30.987654, 100.5, 80.25));
            g.setColor(Color.DARK_GRAY);
            new TextLayout("কি হচ্ছে", Drawings.BENGALI.deriveFont(Font.PLAIN, 30f), g.getFontRenderContext())
                    .draw(g, 150f, 120f);
        };
    }
}
