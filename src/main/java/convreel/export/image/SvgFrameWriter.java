package convreel.export.image;

import convreel.export.Frame;
import java.awt.Dimension;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Replays a frame's drawing on Batik's {@link SVGGraphics2D} and writes the SVG document.
 *
 * <p>The output is deterministic: the same drawing gives the same bytes. Ids count from fixed
 * prefixes in each document, numbers are written with {@value #PRECISION} decimals, and no comment or
 * timestamp is emitted. Text becomes filled outline paths, never {@code <text>}: the painter draws it
 * with {@code TextLayout}, which reaches the canvas as glyph vectors that Batik fills as shapes, and
 * {@code drawString} is set to do the same, so the SVG needs no Bangla font to look right.
 */
public final class SvgFrameWriter {

    /** Decimals kept in coordinates: a thousandth of a pixel. */
    public static final int PRECISION = 3;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String ID_PREFIX = "cr-";

    // The JDK's DOM: Batik's GenericDOMImplementation lives in batik-dom, which batik-svggen does not
    // need at run time; SVGGraphics2D builds and streams any W3C DOM.
    private static final DOMImplementation DOM = jdkDom();

    private SvgFrameWriter() {
    }

    private static DOMImplementation jdkDom() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("this Java runtime has no XML DOM", e);
        }
    }

    /** Writes {@code frame} as a standalone SVG document of {@code width}×{@code height} user units. */
    public static void write(Frame frame, Writer out) throws IOException {
        Document document = DOM.createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setIDGenerator(new FixedPrefixIds());
        context.setPrecision(PRECISION);
        context.setEmbeddedFontsOn(false);
        context.setImageHandler(new PngImages());
        SVGGraphics2D g = new SVGGraphics2D(context, true);
        try {
            g.setSVGCanvasSize(new Dimension(frame.width(), frame.height()));
            frame.paint(g);
            Element root = g.getRoot();
            // A viewBox lets browsers scale the frame to any size instead of clipping it.
            root.setAttributeNS(null, "viewBox", "0 0 " + frame.width() + " " + frame.height());
            g.stream(root, out, true, false);
        } finally {
            g.dispose();
        }
    }

    /** The SVG document of {@code frame} as a string. */
    public static String toSvg(Frame frame) throws IOException {
        StringWriter out = new StringWriter();
        write(frame, out);
        return out.toString();
    }

    /** Batik's default generator already counts per document; this one also fixes a prefix of ours. */
    private static final class FixedPrefixIds extends SVGIDGenerator {
        private final Map<String, Integer> counters = new HashMap<>();

        @Override
        public String generateID(String prefix) {
            return ID_PREFIX + prefix + counters.merge(prefix, 1, Integer::sum);
        }
    }
}
