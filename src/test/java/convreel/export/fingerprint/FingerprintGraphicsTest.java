package convreel.export.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.model.Scene;
import convreel.paint.FramePainter;
import convreel.paint.Theme;
import convreel.testing.SmallScenes;
import convreel.timeline.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintGraphicsTest {
    @TempDir
    Path dir;

    /** The promise the renderer relies on to skip held frames and to reuse cached segments. */
    @Test
    void framesWithEqualFingerprintsHaveEqualPixels() {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Timeline timeline = SmallScenes.timeline(scene);
        FramePainter painter = SmallScenes.painter(scene, Theme.standard(), 320, 180);
        Fingerprint previousPrint = null;
        int[] previousPixels = null;
        int repeats = 0;
        int changes = 0;
        for (int i = 0; i < timeline.frameCount(); i++) {
            int frame = i;
            FingerprintGraphics recorder = FingerprintGraphics.of(320, 180);
            painter.paint(recorder, timeline.at(frame));
            Fingerprint print = recorder.fingerprint();
            int[] pixels = pixels(painted(320, 180, g -> painter.paint(g, timeline.at(frame))));
            assertTrue(print.coversCanvas(), "the painter fills the background first");
            if (previousPrint != null) {
                if (print.equals(previousPrint)) {
                    repeats++;
                    assertArrayEquals(previousPixels, pixels, "frame " + i + " has the fingerprint of frame " + (i - 1));
                } else {
                    changes++;
                }
            }
            previousPrint = print;
            previousPixels = pixels;
        }
        assertTrue(repeats > 10, "held poses repeat: " + repeats);
        assertTrue(changes > 10, "moving frames differ: " + changes);
    }

    @Test
    void twoPaintersOfOneSceneGiveTheSameFingerprints() {
        Scene scene = SmallScenes.fourBeats(dir, "Kernel বাম থেকে ডানে যায়");
        Timeline timeline = SmallScenes.timeline(scene);
        FramePainter one = SmallScenes.painter(scene, Theme.standard(), 320, 180);
        FramePainter other = SmallScenes.painter(scene, Theme.standard(), 320, 180);
        for (int i = 0; i < timeline.frameCount(); i += 7) {
            assertEquals(print(one, timeline, i), print(other, timeline, i), "frame " + i);
        }
    }

    @Test
    void anyChangeOfColourShapeStrokeTransformOrTextChangesTheFingerprint() {
        Consumer<Graphics2D> base = g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.setColor(new Color(250, 200, 10));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এর", 12);
        };
        Fingerprint reference = print(base);
        assertEquals(reference, print(base), "the same drawing, the same fingerprint");
        assertNotEquals(reference, print(base.andThen(g -> g.fill(new Rectangle2D.Double(1, 1, 1, 1)))));
        assertNotEquals(reference, print(g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.setColor(new Color(250, 200, 11));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এর", 12);
        }), "a colour one level off");
        assertNotEquals(reference, print(g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.setColor(new Color(250, 200, 10));
            g.setStroke(new BasicStroke(2.5f));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এর", 12);
        }), "a wider stroke");
        assertNotEquals(reference, print(g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.translate(0.5, 0);
            g.setColor(new Color(250, 200, 10));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এর", 12);
        }), "moved half a pixel");
        assertNotEquals(reference, print(g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.setColor(new Color(250, 200, 10));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এব", 12);
        }), "another letter");
        assertNotEquals(reference, print(g -> {
            g.setColor(Color.DARK_GRAY);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
            g.setColor(new Color(250, 200, 10));
            g.setStroke(new BasicStroke(2));
            g.draw(new Ellipse2D.Double(10, 10, 20, 20));
            text(g, "CNN-এর", 13);
        }), "a larger size");
        assertNotEquals(reference, print(g -> {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            base.accept(g);
        }), "antialiased");
    }

    @Test
    void aFrameThatDrawsAnImageEqualsNoOtherFrame() {
        BufferedImage picture = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        Consumer<Graphics2D> drawing = g -> g.drawImage(picture, 0, 0, null);
        Fingerprint one = print(drawing);
        Fingerprint other = print(drawing);
        assertTrue(one.unique());
        assertNotEquals(one, other, "an image may change between frames, so no two such frames are called equal");
    }

    @Test
    void onlyAnOpaqueFillOfTheWholeFrameFirstCoversTheCanvas() {
        assertTrue(fingerprint(g -> {
            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
        }).coversCanvas());
        assertFalse(fingerprint(g -> {
            g.setColor(new Color(0, 0, 0, 128));
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
        }).coversCanvas(), "translucent");
        assertFalse(fingerprint(g -> {
            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Double(1, 0, 63, 64));
        }).coversCanvas(), "a column left out");
        assertFalse(fingerprint(g -> {
            g.setColor(Color.BLACK);
            g.draw(new Rectangle2D.Double(0, 0, 10, 10));
            g.fill(new Rectangle2D.Double(0, 0, 64, 64));
        }).coversCanvas(), "something drawn before the fill");
    }

    private static void text(Graphics2D g, String text, float size) {
        Font font = convreel.paint.Typefaces.bundled().bengali(false).deriveFont(size);
        new TextLayout(text, font, new FontRenderContext(null, true, true)).draw(g, 5, 50);
    }

    private static Fingerprint print(FramePainter painter, Timeline timeline, int frame) {
        FingerprintGraphics recorder = FingerprintGraphics.of(painter.width(), painter.height());
        painter.paint(recorder, timeline.at(frame));
        return recorder.fingerprint();
    }

    private static Fingerprint print(Consumer<Graphics2D> drawing) {
        return fingerprint(drawing);
    }

    private static Fingerprint fingerprint(Consumer<Graphics2D> drawing) {
        FingerprintGraphics recorder = FingerprintGraphics.of(64, 64);
        drawing.accept(recorder);
        return recorder.fingerprint();
    }

    private static BufferedImage painted(int width, int height, Consumer<Graphics2D> drawing) {
        BufferedImage image = convreel.export.Frame.canvas(width, height);
        Graphics2D g = image.createGraphics();
        try {
            drawing.accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
