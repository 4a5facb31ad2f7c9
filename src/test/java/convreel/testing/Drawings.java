package convreel.testing;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Sample drawings for the sink tests: flat shapes like the explainer's, and Bangla text. */
public final class Drawings {

    /** Loaded from the project's {@code fonts/}, never from the OS, so tests hold on any machine. */
    public static final Font BENGALI = loadFont("fonts/NotoSansBengali-Regular.ttf");

    private Drawings() {
    }

    /** Anti-aliasing as the painter will set it, so raster and vector canvases agree. */
    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /**
     * Frame {@code n} of a short animation: the background hue turns and a rectangle slides right, so
     * every frame differs from its neighbours.
     */
    public static Consumer<Graphics2D> movingRectangle(int n, int width, int height) {
        return g -> {
            smooth(g);
            g.setColor(Color.getHSBColor((n * 0.037f) % 1f, 0.35f, 0.9f));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(20, 40, 90));
            g.fillRect(10 + n * 5, height / 3, width / 5, height / 3);
            g.setColor(new Color(240, 240, 240));
            g.fill(new Ellipse2D.Double(width * 0.7, height * 0.2, height * 0.3, height * 0.3));
        };
    }

    /** Shapes, a stroke and a Bangla caption drawn with {@link TextLayout}, as the painter draws text. */
    public static Consumer<Graphics2D> shapesAndBanglaText(int width, int height, String caption) {
        return g -> {
            smooth(g);
            g.setColor(new Color(250, 248, 240));
            g.fillRect(0, 0, width, height);
            g.setColor(new Color(66, 133, 244));
            g.fill(new RoundRectangle2D.Double(20, 20, width * 0.4, height * 0.4, 12, 12));
            g.setColor(new Color(219, 68, 55));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Ellipse2D.Double(width * 0.55, 25, height * 0.4, height * 0.4));
            g.setColor(new Color(30, 30, 30));
            FontRenderContext frc = g.getFontRenderContext();
            TextLayout layout = new TextLayout(caption, BENGALI.deriveFont(Font.PLAIN, height * 0.2f), frc);
            layout.draw(g, 24f, height * 0.85f);
        };
    }

    private static Font loadFont(String path) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, Path.of(path).toFile());
        } catch (FontFormatException e) {
            throw new IllegalStateException(path + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " (tests run from the project folder)", e);
        }
    }
}
