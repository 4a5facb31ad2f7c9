package convreel.export.fingerprint;

import convreel.export.Frame;
import convreel.io.Sha256;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TransformAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A {@link Graphics2D} that draws nothing: it reduces every call that can change a pixel, in the order
 * made, to a SHA-256 digest (the frame's <i>fingerprint</i>). Java2D draws deterministically, so two
 * frames whose painters made the same calls, starting from a fresh graphics of the same kind of image,
 * have the same pixels: equal fingerprints prove equal frames, without painting either.
 *
 * <p>Every argument is reduced by content, never by identity: a shape by its class and its path, text
 * by its font, glyph codes and glyph positions, colours by their value. So two painters built alike
 * (one per thread) give the same fingerprint for the same frame, in this run and the next. A call this
 * class cannot reduce soundly (an image, a custom paint, stroke or composite) makes the fingerprint
 * unique: such a frame never equals another one, which costs time but never gives a wrong picture.
 *
 * <p>Queries (the transform, the clip, font metrics) are answered by a real graphics of a 1×1 image of
 * the same type, which receives every change of state, so a painter that asks behaves as it would on
 * the real canvas.
 */
public final class FingerprintGraphics extends Graphics2D {


    /**
     * Each font's reduction, by identity (a font is immutable): reading a font's names goes to its file
     * each time. Per thread, so no lock; painting threads live as long as one render.
     */
    private static final ThreadLocal<Map<Font, byte[]>> FONTS = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static final ClassValue<byte[]> CLASS_NAMES = new ClassValue<>() {
        @Override
        protected byte[] computeValue(Class<?> type) {
            return type.getName().getBytes(StandardCharsets.UTF_8);
        }
    };

    private final Recording recording;
    private final int id;
    private final Graphics2D shadow;

    private FingerprintGraphics(Recording recording, int id, Graphics2D shadow) {
        this.recording = recording;
        this.id = id;
        this.shadow = shadow;
    }

    /**
     * A fresh recording of a frame {@code width}×{@code height} painted on a
     * {@link Frame#CANVAS_TYPE} image. Paint on it, then read {@link #fingerprint()}.
     */
    static FingerprintGraphics of(int width, int height) {
        return new Fingerprinter().start(width, height);
    }

    /**
     * Takes fingerprints of one frame after another on one thread, reusing its buffer and digest: a
     * render fingerprints every frame, and a fresh recording for each would be most of the garbage.
     */
    public static final class Fingerprinter {
        private final BufferedImage probe = Frame.canvas(1, 1);
        private final Recording recording = new Recording();

        /** A fresh recording of a {@code width}×{@code height} frame; the graphics of the previous one is done with. */
        public FingerprintGraphics start(int width, int height) {
            recording.restart(width, height);
            return new FingerprintGraphics(recording, 0, probe.createGraphics());
        }
    }

    /** The digest of every call so far, on this graphics and those created from it. */
    public Fingerprint fingerprint() {
        shadow.dispose();
        return recording.finish();
    }

    // ---- state -------------------------------------------------------------------------------

    @Override
    public void setColor(Color c) {
        op(Op.SET_COLOR);
        color(c);
        shadow.setColor(c);
    }

    @Override
    public void setPaint(Paint paint) {
        op(Op.SET_PAINT);
        paint(paint);
        shadow.setPaint(paint);
    }

    @Override
    public void setBackground(Color color) {
        op(Op.SET_BACKGROUND);
        color(color);
        shadow.setBackground(color);
    }

    @Override
    public void setPaintMode() {
        op(Op.SET_PAINT_MODE);
        shadow.setPaintMode();
    }

    @Override
    public void setXORMode(Color c) {
        op(Op.SET_XOR_MODE);
        color(c);
        shadow.setXORMode(c);
    }

    @Override
    public void setFont(Font font) {
        op(Op.SET_FONT);
        font(font);
        shadow.setFont(font);
    }

    @Override
    public void setStroke(Stroke s) {
        op(Op.SET_STROKE);
        if (s instanceof BasicStroke basic) {
            recording.bytes(CLASS_NAMES.get(s.getClass()));
            recording.f(basic.getLineWidth());
            recording.i(basic.getEndCap());
            recording.i(basic.getLineJoin());
            recording.f(basic.getMiterLimit());
            float[] dash = basic.getDashArray();
            recording.i(dash == null ? -1 : dash.length);
            if (dash != null) {
                for (float d : dash) {
                    recording.f(d);
                }
            }
            recording.f(basic.getDashPhase());
        } else {
            unique();
        }
        shadow.setStroke(s);
    }

    @Override
    public void setComposite(Composite comp) {
        op(Op.SET_COMPOSITE);
        if (comp instanceof AlphaComposite alpha) {
            recording.i(alpha.getRule());
            recording.f(alpha.getAlpha());
        } else {
            unique();
        }
        shadow.setComposite(comp);
    }

    @Override
    public void setRenderingHint(RenderingHints.Key hintKey, Object hintValue) {
        op(Op.SET_HINT);
        hint(hintKey, hintValue);
        shadow.setRenderingHint(hintKey, hintValue);
    }

    @Override
    public void setRenderingHints(Map<?, ?> hints) {
        op(Op.SET_HINTS);
        hints(hints);
        shadow.setRenderingHints(hints);
    }

    @Override
    public void addRenderingHints(Map<?, ?> hints) {
        op(Op.ADD_HINTS);
        hints(hints);
        shadow.addRenderingHints(hints);
    }

    @Override
    public void translate(int x, int y) {
        op(Op.TRANSLATE_INT);
        recording.i(x);
        recording.i(y);
        shadow.translate(x, y);
    }

    @Override
    public void translate(double tx, double ty) {
        op(Op.TRANSLATE);
        recording.d(tx);
        recording.d(ty);
        shadow.translate(tx, ty);
    }

    @Override
    public void rotate(double theta) {
        op(Op.ROTATE);
        recording.d(theta);
        shadow.rotate(theta);
    }

    @Override
    public void rotate(double theta, double x, double y) {
        op(Op.ROTATE_ABOUT);
        recording.d(theta);
        recording.d(x);
        recording.d(y);
        shadow.rotate(theta, x, y);
    }

    @Override
    public void scale(double sx, double sy) {
        op(Op.SCALE);
        recording.d(sx);
        recording.d(sy);
        shadow.scale(sx, sy);
    }

    @Override
    public void shear(double shx, double shy) {
        op(Op.SHEAR);
        recording.d(shx);
        recording.d(shy);
        shadow.shear(shx, shy);
    }

    @Override
    public void transform(AffineTransform tx) {
        op(Op.TRANSFORM);
        matrix(tx);
        shadow.transform(tx);
    }

    @Override
    public void setTransform(AffineTransform tx) {
        op(Op.SET_TRANSFORM);
        matrix(tx);
        shadow.setTransform(tx);
    }

    @Override
    public void clip(Shape s) {
        op(Op.CLIP);
        shape(s);
        shadow.clip(s);
    }

    @Override
    public void clipRect(int x, int y, int width, int height) {
        op(Op.CLIP_RECT);
        ints(x, y, width, height);
        shadow.clipRect(x, y, width, height);
    }

    @Override
    public void setClip(int x, int y, int width, int height) {
        op(Op.SET_CLIP_RECT);
        ints(x, y, width, height);
        shadow.setClip(x, y, width, height);
    }

    @Override
    public void setClip(Shape clip) {
        op(Op.SET_CLIP);
        shape(clip);
        shadow.setClip(clip);
    }

    @Override
    public Graphics create() {
        int child = recording.nextId();
        op(Op.CREATE);
        recording.i(child);
        return new FingerprintGraphics(recording, child, (Graphics2D) shadow.create());
    }

    @Override
    public void dispose() {
        if (id != 0) {
            op(Op.DISPOSE);
        }
        shadow.dispose();
    }

    // ---- drawing -----------------------------------------------------------------------------

    @Override
    public void draw(Shape s) {
        drawing(Op.DRAW);
        shape(s);
    }

    @Override
    public void fill(Shape s) {
        if (recording.drawings == 0) {
            recording.coversCanvas = coversCanvas(s);
        }
        drawing(Op.FILL);
        shape(s);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        drawing(Op.GLYPHS);
        recording.f(x);
        recording.f(y);
        glyphs(g);
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawing(Op.STRING_INT);
        recording.string(str);
        recording.i(x);
        recording.i(y);
    }

    @Override
    public void drawString(String str, float x, float y) {
        drawing(Op.STRING);
        recording.string(str);
        recording.f(x);
        recording.f(y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, int x, int y) {
        drawing(Op.ATTRIBUTED_INT);
        attributed(iterator);
        recording.i(x);
        recording.i(y);
    }

    @Override
    public void drawString(AttributedCharacterIterator iterator, float x, float y) {
        drawing(Op.ATTRIBUTED);
        attributed(iterator);
        recording.f(x);
        recording.f(y);
    }

    @Override
    public void drawChars(char[] data, int offset, int length, int x, int y) {
        drawing(Op.CHARS);
        recording.string(new String(data, offset, length));
        recording.i(x);
        recording.i(y);
    }

    @Override
    public void drawBytes(byte[] data, int offset, int length, int x, int y) {
        drawing(Op.BYTES);
        recording.i(length);
        recording.bytes(java.util.Arrays.copyOfRange(data, offset, offset + length));
        recording.i(x);
        recording.i(y);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        drawing(Op.LINE);
        ints(x1, y1, x2, y2);
    }

    @Override
    public void fillRect(int x, int y, int width, int height) {
        if (recording.drawings == 0) {
            recording.coversCanvas = coversCanvas(new Rectangle(x, y, width, height));
        }
        drawing(Op.FILL_RECT);
        ints(x, y, width, height);
    }

    @Override
    public void drawRect(int x, int y, int width, int height) {
        drawing(Op.DRAW_RECT);
        ints(x, y, width, height);
    }

    @Override
    public void clearRect(int x, int y, int width, int height) {
        drawing(Op.CLEAR_RECT);
        ints(x, y, width, height);
    }

    @Override
    public void drawRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        drawing(Op.DRAW_ROUND_RECT);
        ints(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void fillRoundRect(int x, int y, int width, int height, int arcWidth, int arcHeight) {
        drawing(Op.FILL_ROUND_RECT);
        ints(x, y, width, height, arcWidth, arcHeight);
    }

    @Override
    public void draw3DRect(int x, int y, int width, int height, boolean raised) {
        drawing(Op.DRAW_3D_RECT);
        ints(x, y, width, height, raised ? 1 : 0);
    }

    @Override
    public void fill3DRect(int x, int y, int width, int height, boolean raised) {
        drawing(Op.FILL_3D_RECT);
        ints(x, y, width, height, raised ? 1 : 0);
    }

    @Override
    public void drawOval(int x, int y, int width, int height) {
        drawing(Op.DRAW_OVAL);
        ints(x, y, width, height);
    }

    @Override
    public void fillOval(int x, int y, int width, int height) {
        drawing(Op.FILL_OVAL);
        ints(x, y, width, height);
    }

    @Override
    public void drawArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        drawing(Op.DRAW_ARC);
        ints(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void fillArc(int x, int y, int width, int height, int startAngle, int arcAngle) {
        drawing(Op.FILL_ARC);
        ints(x, y, width, height, startAngle, arcAngle);
    }

    @Override
    public void drawPolyline(int[] xPoints, int[] yPoints, int nPoints) {
        drawing(Op.POLYLINE);
        points(xPoints, yPoints, nPoints);
    }

    @Override
    public void drawPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        drawing(Op.DRAW_POLYGON);
        points(xPoints, yPoints, nPoints);
    }

    @Override
    public void fillPolygon(int[] xPoints, int[] yPoints, int nPoints) {
        drawing(Op.FILL_POLYGON);
        points(xPoints, yPoints, nPoints);
    }

    @Override
    public void copyArea(int x, int y, int width, int height, int dx, int dy) {
        drawing(Op.COPY_AREA);
        ints(x, y, width, height, dx, dy);
    }

    // Images are mutable and may arrive asynchronously: a frame that draws one is never called equal.

    @Override
    public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) {
        drawing(Op.IMAGE);
        unique();
    }

    @Override
    public void drawRenderedImage(RenderedImage img, AffineTransform xform) {
        drawing(Op.IMAGE);
        unique();
    }

    @Override
    public void drawRenderableImage(RenderableImage img, AffineTransform xform) {
        drawing(Op.IMAGE);
        unique();
    }

    @Override
    public boolean drawImage(Image img, int x, int y, ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, Color bgcolor, ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int width, int height, Color bgcolor, ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    @Override
    public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
            Color bgcolor, ImageObserver observer) {
        drawing(Op.IMAGE);
        unique();
        return true;
    }

    // ---- queries, answered by the shadow -----------------------------------------------------

    @Override
    public Color getColor() {
        return shadow.getColor();
    }

    @Override
    public Paint getPaint() {
        return shadow.getPaint();
    }

    @Override
    public Color getBackground() {
        return shadow.getBackground();
    }

    @Override
    public Font getFont() {
        return shadow.getFont();
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return shadow.getFontMetrics(f);
    }

    @Override
    public Stroke getStroke() {
        return shadow.getStroke();
    }

    @Override
    public Composite getComposite() {
        return shadow.getComposite();
    }

    @Override
    public Object getRenderingHint(RenderingHints.Key hintKey) {
        return shadow.getRenderingHint(hintKey);
    }

    @Override
    public RenderingHints getRenderingHints() {
        return shadow.getRenderingHints();
    }

    @Override
    public AffineTransform getTransform() {
        return shadow.getTransform();
    }

    @Override
    public Shape getClip() {
        return shadow.getClip();
    }

    @Override
    public Rectangle getClipBounds() {
        return shadow.getClipBounds();
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return shadow.getFontRenderContext();
    }

    @Override
    public GraphicsConfiguration getDeviceConfiguration() {
        return shadow.getDeviceConfiguration();
    }

    @Override
    public boolean hit(Rectangle rect, Shape s, boolean onStroke) {
        return shadow.hit(rect, s, onStroke);
    }

    // ---- reductions --------------------------------------------------------------------------

    private void op(Op op) {
        recording.i(op.ordinal());
        recording.i(id);
    }

    private void drawing(Op op) {
        op(op);
        recording.drawings++;
    }

    private void unique() {
        recording.unique = true;
        java.util.UUID nonce = java.util.UUID.randomUUID();
        recording.l(nonce.getMostSignificantBits());
        recording.l(nonce.getLeastSignificantBits());
    }

    private void ints(int... values) {
        for (int v : values) {
            recording.i(v);
        }
    }

    private void points(int[] xs, int[] ys, int n) {
        recording.i(n);
        for (int i = 0; i < n; i++) {
            recording.i(xs[i]);
            recording.i(ys[i]);
        }
    }

    private void color(Color c) {
        if (c == null) {
            recording.i(-1);
            return;
        }
        recording.bytes(CLASS_NAMES.get(c.getClass()));
        recording.i(c.getRGB());
        if (!c.getColorSpace().isCS_sRGB() || c.getClass() != Color.class) {
            // A colour in another colour space, or a subclass, may paint other than its sRGB value says.
            unique();
        }
    }

    private void paint(Paint paint) {
        if (paint == null) {
            recording.i(-1);
        } else if (paint instanceof Color c) {
            recording.i(0);
            color(c);
        } else if (paint instanceof GradientPaint gradient && paint.getClass() == GradientPaint.class) {
            recording.i(1);
            recording.d(gradient.getPoint1().getX());
            recording.d(gradient.getPoint1().getY());
            color(gradient.getColor1());
            recording.d(gradient.getPoint2().getX());
            recording.d(gradient.getPoint2().getY());
            color(gradient.getColor2());
            recording.i(gradient.isCyclic() ? 1 : 0);
        } else if ((paint.getClass() == LinearGradientPaint.class || paint.getClass() == RadialGradientPaint.class)) {
            MultipleGradientPaint gradient = (MultipleGradientPaint) paint;
            recording.bytes(CLASS_NAMES.get(paint.getClass()));
            for (float f : gradient.getFractions()) {
                recording.f(f);
            }
            for (Color c : gradient.getColors()) {
                color(c);
            }
            recording.i(gradient.getCycleMethod().ordinal());
            recording.i(gradient.getColorSpace().ordinal());
            matrix(gradient.getTransform());
            if (gradient instanceof LinearGradientPaint linear) {
                recording.d(linear.getStartPoint().getX());
                recording.d(linear.getStartPoint().getY());
                recording.d(linear.getEndPoint().getX());
                recording.d(linear.getEndPoint().getY());
            } else {
                RadialGradientPaint radial = (RadialGradientPaint) gradient;
                recording.d(radial.getCenterPoint().getX());
                recording.d(radial.getCenterPoint().getY());
                recording.d(radial.getFocusPoint().getX());
                recording.d(radial.getFocusPoint().getY());
                recording.f(radial.getRadius());
            }
        } else {
            unique();
        }
    }

    private void hint(Object key, Object value) {
        recording.string(String.valueOf(key));
        recording.string(String.valueOf(value));
    }

    private void hints(Map<?, ?> hints) {
        // RenderingHints keys hash by identity, so a map's order differs between runs: sort by name.
        List<Map.Entry<?, ?>> entries = new ArrayList<>(hints.entrySet());
        entries.sort(Comparator.comparing(e -> String.valueOf(e.getKey())));
        recording.i(entries.size());
        for (Map.Entry<?, ?> e : entries) {
            hint(e.getKey(), e.getValue());
        }
    }

    private void matrix(AffineTransform tx) {
        if (tx == null) {
            recording.i(-1);
            return;
        }
        double[] m = new double[6];
        tx.getMatrix(m);
        for (double v : m) {
            recording.d(v);
        }
    }

    /** A shape by its class (the rasteriser has fast paths for some) and its path, segment by segment. */
    private void shape(Shape s) {
        if (s == null) {
            recording.i(-1);
            return;
        }
        recording.bytes(CLASS_NAMES.get(s.getClass()));
        PathIterator path = s.getPathIterator(null);
        recording.i(path.getWindingRule());
        double[] coords = recording.coords;
        while (!path.isDone()) {
            int type = path.currentSegment(coords);
            recording.i(type);
            int n = switch (type) {
                case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                case PathIterator.SEG_QUADTO -> 4;
                case PathIterator.SEG_CUBICTO -> 6;
                default -> 0;
            };
            for (int i = 0; i < n; i++) {
                recording.d(coords[i]);
            }
            path.next();
        }
        recording.i(-2);
    }

    private void font(Font font) {
        if (font == null) {
            recording.i(-1);
            return;
        }
        Map<Font, byte[]> known = FONTS.get();
        byte[] reduced = known.get(font);
        if (reduced == null) {
            if (known.size() > 4096) {
                known.clear();
            }
            reduced = reduce(font);
            known.put(font, reduced);
        }
        if (reduced.length == 0) {
            unique();
        } else {
            recording.bytes(reduced);
        }
    }

    /**
     * A font by its names, style, size, transform and attributes; empty if an attribute cannot be
     * reduced. Slow (the names are read from the font file), hence {@link #FONTS}.
     */
    private static byte[] reduce(Font font) {
        StringBuilder text = new StringBuilder();
        text.append(font.getClass().getName()).append('\n')
                .append(font.getFontName(java.util.Locale.ROOT)).append('\n')
                .append(font.getFamily(java.util.Locale.ROOT)).append('\n')
                .append(font.getPSName()).append('\n')
                .append(font.getStyle()).append(' ').append(Float.floatToRawIntBits(font.getSize2D()))
                .append(' ').append(font.getNumGlyphs()).append('\n');
        matrix(text, font.getTransform());
        List<Map.Entry<java.awt.font.TextAttribute, ?>> attributes = new ArrayList<>(font.getAttributes().entrySet());
        attributes.sort(Comparator.comparing(e -> e.getKey().toString()));
        for (Map.Entry<java.awt.font.TextAttribute, ?> e : attributes) {
            text.append(e.getKey()).append('=');
            Object value = e.getValue();
            if (value == null) {
                text.append("null");
            } else if (value instanceof TransformAttribute transform) {
                matrix(text, transform.getTransform());
            } else if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                text.append(value.getClass().getName()).append(':').append(value);
            } else {
                return new byte[0];
            }
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void matrix(StringBuilder text, AffineTransform tx) {
        double[] m = new double[6];
        tx.getMatrix(m);
        for (double v : m) {
            text.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(' ');
        }
        text.append('\n');
    }

    /** Glyphs by font, rendering context, codes, positions and any per-glyph transforms. */
    private void glyphs(GlyphVector g) {
        recording.bytes(CLASS_NAMES.get(g.getClass()));
        font(g.getFont());
        FontRenderContext frc = g.getFontRenderContext();
        matrix(frc.getTransform());
        hint("aa", frc.getAntiAliasingHint());
        hint("fm", frc.getFractionalMetricsHint());
        int n = g.getNumGlyphs();
        int flags = g.getLayoutFlags();
        recording.i(n);
        recording.i(flags);
        for (int code : g.getGlyphCodes(0, n, null)) {
            recording.i(code);
        }
        for (float p : g.getGlyphPositions(0, n + 1, null)) {
            recording.f(p);
        }
        if ((flags & GlyphVector.FLAG_HAS_TRANSFORMS) != 0) {
            for (int i = 0; i < n; i++) {
                matrix(g.getGlyphTransform(i));
            }
        }
    }

    private void attributed(AttributedCharacterIterator text) {
        int start = text.getBeginIndex();
        for (char c = text.setIndex(start); c != AttributedCharacterIterator.DONE; c = text.next()) {
            recording.i(c);
            if (text.getIndex() == text.getRunStart()) {
                List<Map.Entry<AttributedCharacterIterator.Attribute, Object>> run = new ArrayList<>(text.getAttributes().entrySet());
                run.sort(Comparator.comparing(e -> e.getKey().toString()));
                recording.i(-3);
                for (Map.Entry<AttributedCharacterIterator.Attribute, Object> e : run) {
                    recording.string(e.getKey().toString());
                    Object value = e.getValue();
                    if (value instanceof Font font) {
                        font(font);
                    } else if (value instanceof Paint paint) {
                        paint(paint);
                    } else if (value == null || value instanceof Number || value instanceof String || value instanceof Boolean) {
                        recording.string(String.valueOf(value));
                    } else {
                        unique();
                    }
                }
            }
        }
    }

    /**
     * Whether {@code s}, as the frame's first drawing, paints every pixel opaquely, so what the canvas
     * held before cannot show through.
     */
    private boolean coversCanvas(Shape s) {
        if (!(s instanceof Rectangle2D || s instanceof Rectangle)) {
            return false;
        }
        Rectangle2D box = s.getBounds2D();
        AffineTransform tx = shadow.getTransform();
        Composite comp = shadow.getComposite();
        Paint paint = shadow.getPaint();
        return tx.isIdentity() && shadow.getClip() == null
                && comp instanceof AlphaComposite alpha && alpha.getAlpha() == 1f
                && (alpha.getRule() == AlphaComposite.SRC_OVER || alpha.getRule() == AlphaComposite.SRC)
                && paint instanceof Color c && c.getAlpha() == 255
                && box.getX() <= 0 && box.getY() <= 0
                && box.getMaxX() >= recording.width && box.getMaxY() >= recording.height;
    }

    private enum Op {
        SET_COLOR, SET_PAINT, SET_BACKGROUND, SET_PAINT_MODE, SET_XOR_MODE, SET_FONT, SET_STROKE, SET_COMPOSITE,
        SET_HINT, SET_HINTS, ADD_HINTS, TRANSLATE_INT, TRANSLATE, ROTATE, ROTATE_ABOUT, SCALE, SHEAR, TRANSFORM,
        SET_TRANSFORM, CLIP, CLIP_RECT, SET_CLIP_RECT, SET_CLIP, CREATE, DISPOSE,
        DRAW, FILL, GLYPHS, STRING_INT, STRING, ATTRIBUTED_INT, ATTRIBUTED, CHARS, BYTES, LINE, FILL_RECT, DRAW_RECT,
        CLEAR_RECT, DRAW_ROUND_RECT, FILL_ROUND_RECT, DRAW_3D_RECT, FILL_3D_RECT, DRAW_OVAL, FILL_OVAL, DRAW_ARC,
        FILL_ARC, POLYLINE, DRAW_POLYGON, FILL_POLYGON, COPY_AREA, IMAGE
    }

    /** The byte stream being digested, shared by a graphics and those created from it. */
    private static final class Recording {
        private final MessageDigest sha;
        private final byte[] buffer = new byte[1 << 14];
        private final double[] coords = new double[6];
        private int width;
        private int height;
        private int used;
        private int ids;
        int drawings;
        boolean coversCanvas;
        boolean unique;
        private Fingerprint finished;

        Recording() {
            sha = Sha256.digest();
        }

        void restart(int width, int height) {
            this.width = width;
            this.height = height;
            sha.reset();
            used = 0;
            ids = 0;
            drawings = 0;
            coversCanvas = false;
            unique = false;
            finished = null;
            i(width);
            i(height);
        }

        int nextId() {
            return ++ids;
        }

        Fingerprint finish() {
            if (finished == null) {
                flush();
                finished = new Fingerprint(sha.digest(), coversCanvas, unique);
            }
            return finished;
        }

        private void room(int n) {
            if (finished != null) {
                throw new IllegalStateException("the fingerprint was already taken; paint on a fresh graphics");
            }
            if (used + n > buffer.length) {
                flush();
            }
        }

        private void flush() {
            sha.update(buffer, 0, used);
            used = 0;
        }

        void i(int v) {
            room(4);
            buffer[used++] = (byte) (v >>> 24);
            buffer[used++] = (byte) (v >>> 16);
            buffer[used++] = (byte) (v >>> 8);
            buffer[used++] = (byte) v;
        }

        void l(long v) {
            i((int) (v >>> 32));
            i((int) v);
        }

        void f(float v) {
            i(Float.floatToRawIntBits(v));
        }

        void d(double v) {
            l(Double.doubleToRawLongBits(v));
        }

        void bytes(byte[] b) {
            i(b.length);
            if (b.length > buffer.length - used) {
                flush();
                if (b.length > buffer.length) {
                    sha.update(b);
                    return;
                }
            }
            System.arraycopy(b, 0, buffer, used, b.length);
            used += b.length;
        }

        void string(String s) {
            bytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
