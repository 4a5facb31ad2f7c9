package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.SceneComputation;
import convreel.conv.Window;
import convreel.model.Activation;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.model.Scene;
import convreel.timeline.FrameState;
import convreel.timeline.Shot;
import convreel.timeline.WindowPose;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws one frame of a scene through plain {@link Graphics2D} calls, so the same code paints video
 * frames on a {@code BufferedImage} and vector frames on an SVG canvas. Every number it writes comes
 * from the scene's {@link SceneComputation}; all text is shaped by the {@link TextShaper}, once.
 */
public final class FramePainter {
    private final Scene scene;
    private final FeatureMap map;
    private final Theme theme;
    private final TextShaper shaper;
    private final int width;
    private final int height;
    private final StageLayout layout;
    private final double valueScale;

    public FramePainter(Scene scene, SceneComputation computation, Theme theme, TextShaper shaper, int width, int height) {
        this.scene = scene;
        this.map = computation.primary();
        this.theme = theme;
        this.shaper = shaper;
        this.width = width;
        this.height = height;
        this.layout = StageLayout.of(width, height, theme, map);
        this.valueScale = largestMagnitude(map.values());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public StageLayout layout() {
        return layout;
    }

    public void paint(Graphics2D g, FrameState state) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_NORMALIZE);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        if (state.shot() == null) {
            paintTitleCard(g, state);
            return;
        }
        paintStage(g, state.shot(), state.enter());
        paintCaption(g, state.span().beat().caption(), state.caption());
    }

    private void paintTitleCard(Graphics2D g, FrameState state) {
        double enter = state.enter();
        float rise = (float) ((1 - enter) * height * 0.03);
        float wrap = (float) (width * 0.8);
        ShapedText title = shaper.wrapped(scene.title(), style(theme.titleSize(), true), wrap);
        ShapedText hook = shaper.wrapped(state.span().beat().caption(), style(theme.hookSize(), false), wrap);
        float gap = height * 0.05f;
        float blockHeight = title.height() + gap + hook.height();
        float top = (height - blockHeight) / 2 - height * 0.04f + rise;
        g.setColor(Theme.fade(theme.text(), enter));
        title.draw(g, (width - wrap) / 2f, top, wrap, ShapedText.Align.CENTER);
        float barY = top + title.height() + gap / 2;
        float barHalf = (float) (width * 0.06 * enter);
        g.setColor(Theme.fade(theme.accent(), enter));
        g.fill(new RoundRectangle2D.Float(width / 2f - barHalf, barY - 3, 2 * barHalf, 6, 6, 6));
        g.setColor(Theme.fade(theme.accent(), state.caption()));
        hook.draw(g, (width - wrap) / 2f, top + title.height() + gap, wrap, ShapedText.Align.CENTER);
    }

    private void paintStage(Graphics2D g, Shot shot, double opacity) {
        paintInput(g, shot, opacity);
        paintKernel(g, opacity);
        paintOutput(g, shot, opacity);
        paintOperators(g, opacity);
        if (shot.math() != null) {
            paintMath(g, shot, opacity);
        }
    }

    private void paintInput(Graphics2D g, Shot shot, double opacity) {
        Rectangle2D box = layout.input();
        Matrix padded = map.padded();
        int top = map.rowPads().before();
        int left = map.colPads().before();
        int rows = scene.image().rows();
        int cols = scene.image().cols();
        label(g, "ইনপুট ছবি", box, opacity);
        footnote(g, rows + "×" + cols + paddingNote(), box, opacity);
        for (int r = 0; r < padded.rows(); r++) {
            for (int c = 0; c < padded.cols(); c++) {
                boolean inside = r >= top && r < top + rows && c >= left && c < left + cols;
                Color fill = inside ? theme.panel() : theme.background();
                Color ink = inside ? theme.text() : theme.mutedText();
                cell(g, box, r, c, Numbers.format(padded.get(r, c)), fill, ink, opacity);
            }
        }
        if (shot.window() != null) {
            paintWindow(g, shot, opacity);
        }
    }

    /** The amber frame around the cells under the kernel, with the cell being multiplied lit up. */
    private void paintWindow(Graphics2D g, Shot shot, double opacity) {
        WindowPose pose = shot.window();
        Matrix weights = map.kernel().weights();
        double s = layout.cell();
        double x = layout.input().getX() + pose.col() * scene.stride().cols() * s;
        double y = layout.input().getY() + pose.row() * scene.stride().rows() * s;
        double w = weights.cols() * s;
        double h = weights.rows() * s;
        g.setColor(Theme.fade(theme.window(), 0.16 * opacity));
        g.fill(new Rectangle2D.Double(x, y, w, h));
        int lit = (int) Math.floor(shot.productsShown());
        int products = weights.rows() * weights.cols();
        if (lit < products && shot.productsShown() > 0) {
            int kr = lit / weights.cols();
            int kc = lit % weights.cols();
            g.setColor(Theme.fade(theme.window(), 0.35 * opacity));
            g.fill(new Rectangle2D.Double(x + kc * s, y + kr * s, s, s));
        }
        g.setStroke(new BasicStroke((float) (s * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Theme.fade(theme.window(), opacity));
        g.draw(new RoundRectangle2D.Double(x, y, w, h, s * 0.12, s * 0.12));
    }

    private void paintKernel(Graphics2D g, double opacity) {
        Rectangle2D box = layout.kernel();
        Matrix weights = map.kernel().weights();
        label(g, "Kernel", box, opacity);
        footnote(g, weights.rows() + "×" + weights.cols() + " · " + map.kernel().name(), box, opacity);
        Color fill = Theme.mix(theme.panel(), theme.kernel(), 0.18);
        for (int r = 0; r < weights.rows(); r++) {
            for (int c = 0; c < weights.cols(); c++) {
                cell(g, box, r, c, Numbers.format(weights.get(r, c)), fill, theme.kernel(), opacity);
            }
        }
    }

    private void paintOutput(Graphics2D g, Shot shot, double opacity) {
        Rectangle2D box = layout.output();
        Matrix values = map.values();
        Matrix activated = map.activated();
        double a = shot.activation();
        label(g, "Feature Map", box, opacity);
        footnote(g, values.rows() + "×" + values.cols(), box, opacity * (1 - a));
        footnote(g, values.rows() + "×" + values.cols() + " · " + activationName(), box, opacity * a);
        Cell writing = shot.math() == null ? null : shot.math().output();
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.cols(); c++) {
                Cell at = new Cell(r, c);
                double shown = shot.reveal().alpha(at, values.cols());
                double raw = values.get(r, c);
                double after = activated.get(r, c);
                double value = raw + (after - raw) * a;
                cell(g, box, r, c, null, Theme.mix(theme.panel(), heat(value), shown), theme.text(), opacity);
                if (shown > 0) {
                    boolean changes = raw != after && a > 0;
                    cellText(g, box, r, c, Numbers.format(raw), theme.text(), opacity * shown * (changes ? 1 - a : 1));
                    if (changes) {
                        cellText(g, box, r, c, Numbers.format(after), theme.text(), opacity * shown * a);
                    }
                }
                if (at.equals(writing) && shot.reveal() instanceof Shot.Reveal.Single) {
                    outline(g, box, r, c, theme.window(), opacity);
                }
            }
        }
        if (writing != null && shot.reveal() instanceof Shot.Reveal.Prefix && shot.activation() == 0) {
            outline(g, box, writing.row(), writing.col(), theme.window(), opacity);
        }
    }

    /** The convolution sign between image and kernel, and the equals sign before the map. */
    private void paintOperators(Graphics2D g, double opacity) {
        double s = layout.cell();
        double cy = layout.kernel().getCenterY();
        double r = s * 0.28;
        double cx = (layout.input().getMaxX() + layout.kernel().getX()) / 2;
        g.setColor(Theme.fade(theme.mutedText(), opacity));
        g.setStroke(new BasicStroke((float) (s * 0.05), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        for (int i = 0; i < 3; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 3;
            double dx = Math.cos(angle) * r * 0.6;
            double dy = Math.sin(angle) * r * 0.6;
            g.draw(new Line2D.Double(cx - dx, cy - dy, cx + dx, cy + dy));
        }
        double ex = (layout.kernel().getMaxX() + layout.output().getX()) / 2;
        g.draw(new Line2D.Double(ex - r, cy - r * 0.35, ex + r, cy - r * 0.35));
        g.draw(new Line2D.Double(ex - r, cy + r * 0.35, ex + r, cy + r * 0.35));
    }

    /** The products written out row by row as in the explainer, then their sum, bias and activation. */
    private void paintMath(Graphics2D g, Shot shot, double opacity) {
        Window window = shot.math();
        Matrix inputs = window.inputs();
        Matrix weights = map.kernel().weights();
        Rectangle2D box = layout.math();
        float size = mathSize(inputs, weights, (float) box.getWidth());
        TextStyle mathStyle = style(size / height, false);
        float lineHeight = size * 1.5f;
        int lines = inputs.rows() + 2;
        float y = (float) (box.getCenterY() - lines * lineHeight / 2);
        float x = (float) box.getX();
        ShapedText plus = shaper.line(" + ", mathStyle);
        for (int r = 0; r < inputs.rows(); r++) {
            float cursor = x;
            for (int c = 0; c < inputs.cols(); c++) {
                int index = r * inputs.cols() + c;
                double alpha = Math.max(0, Math.min(1, shot.productsShown() - index));
                if (c > 0) {
                    g.setColor(Theme.fade(theme.mutedText(), opacity * alpha));
                    plus.draw(g, cursor, y, plus.advance(), ShapedText.Align.LEFT);
                    cursor += plus.advance();
                }
                ShapedText term = shaper.line(term(inputs.get(r, c), weights.get(r, c)), mathStyle);
                g.setColor(Theme.fade(theme.text(), opacity * alpha));
                term.draw(g, cursor, y, term.advance(), ShapedText.Align.LEFT);
                cursor += term.advance();
            }
            y += lineHeight;
        }
        String sum = "= " + Numbers.format(window.sum());
        if (map.kernel().bias() != 0) {
            sum += " + " + Numbers.format(map.kernel().bias()) + " = " + Numbers.format(window.biased());
        }
        ShapedText sumText = shaper.line(sum, style(size * 1.25f / height, true));
        g.setColor(Theme.fade(theme.accent(), opacity * shot.sumShown()));
        sumText.draw(g, x, y, sumText.width(), ShapedText.Align.LEFT);
        y += lineHeight * 1.2f;
        if (scene.activation() != Activation.NONE && shot.activation() > 0) {
            String relu = activationName() + "(" + Numbers.format(window.biased()) + ") = " + Numbers.format(window.activated());
            ShapedText reluText = shaper.line(relu, mathStyle);
            g.setColor(Theme.fade(theme.kernel(), opacity * shot.activation()));
            reluText.draw(g, x, y, reluText.width(), ShapedText.Align.LEFT);
        }
    }

    /** The largest math size, up to the theme's, at which the widest row of products fits the panel. */
    private float mathSize(Matrix inputs, Matrix weights, float panelWidth) {
        float size = theme.mathSize() * height;
        float widest = 0;
        TextStyle probe = new TextStyle(size, false);
        for (int r = 0; r < inputs.rows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < inputs.cols(); c++) {
                line.append(c > 0 ? " + " : "").append(term(inputs.get(r, c), weights.get(r, c)));
            }
            widest = Math.max(widest, shaper.line(line.toString(), probe).width());
        }
        return widest <= panelWidth ? size : size * panelWidth / widest;
    }

    private static String term(double input, double weight) {
        return "(" + Numbers.format(input) + "×" + Numbers.format(weight) + ")";
    }

    private void paintCaption(Graphics2D g, String caption, double alpha) {
        if (caption.isBlank()) {
            return;
        }
        Rectangle2D band = layout.caption();
        float pad = (float) (height * 0.02);
        ShapedText text = captionText(caption);
        g.setColor(Theme.fade(theme.panel(), 0.85));
        g.fill(new RoundRectangle2D.Double(band.getX(), band.getY(), band.getWidth(), band.getHeight(), pad, pad));
        g.setColor(Theme.fade(theme.text(), alpha));
        float top = (float) (band.getCenterY() - text.height() / 2);
        text.draw(g, (float) band.getX() + pad, top, (float) band.getWidth() - 2 * pad, ShapedText.Align.CENTER);
    }

    /**
     * The caption wrapped into the band at the theme's size, or a step smaller when a long caption
     * needs three lines; never below the smallest size readable on a phone.
     */
    public ShapedText captionText(String caption) {
        Rectangle2D band = layout.caption();
        float pad = (float) (height * 0.02);
        float wrap = (float) band.getWidth() - 2 * pad;
        float size = theme.captionSize();
        ShapedText text = shaper.wrapped(caption, style(size, false), wrap);
        while (text.height() > band.getHeight() - pad && size * 0.92f >= Theme.SMALLEST_TEXT) {
            size *= 0.92f;
            text = shaper.wrapped(caption, style(size, false), wrap);
        }
        return text;
    }

    private void label(Graphics2D g, String text, Rectangle2D grid, double opacity) {
        ShapedText shaped = gridLabel(text, grid, true);
        g.setColor(Theme.fade(theme.mutedText(), opacity));
        shaped.drawCentered(g, (float) grid.getCenterX(), (float) (grid.getY() - layout.labelHeight() / 2));
    }

    /** A label for {@code grid} at the theme's size, or smaller if that is wider than the grid's label room. */
    private ShapedText gridLabel(String text, Rectangle2D grid, boolean bold) {
        ShapedText shaped = shaper.line(text, style(theme.labelSize(), bold));
        double room = layout.labelWidth(grid);
        if (shaped.width() <= room) {
            return shaped;
        }
        float size = (float) Math.max(Theme.SMALLEST_TEXT, theme.labelSize() * room / shaped.width());
        return shaper.line(text, style(size, bold));
    }

    /** A muted line under a grid: its size, and what it is. */
    private void footnote(Graphics2D g, String text, Rectangle2D grid, double opacity) {
        if (opacity <= 0) {
            return;
        }
        ShapedText shaped = gridLabel(text, grid, false);
        g.setColor(Theme.fade(theme.mutedText(), opacity));
        shaped.drawCentered(g, (float) grid.getCenterX(), (float) (grid.getMaxY() + layout.labelHeight() / 2));
    }

    private String activationName() {
        return scene.activation() == Activation.RELU ? "ReLU" : scene.activation().label();
    }

    private String paddingNote() {
        int zeros = map.rowPads().total() + map.colPads().total();
        return zeros == 0 ? "" : " · padding " + scene.padding().label();
    }

    private void cell(Graphics2D g, Rectangle2D grid, int r, int c, String text, Color fill, Color ink, double opacity) {
        double s = layout.cell();
        Rectangle2D square = new Rectangle2D.Double(grid.getX() + c * s, grid.getY() + r * s, s, s);
        g.setColor(Theme.fade(fill, opacity));
        g.fill(square);
        g.setStroke(new BasicStroke((float) Math.max(1, s * 0.02)));
        g.setColor(Theme.fade(theme.gridLine(), opacity));
        g.draw(square);
        if (text != null) {
            cellText(g, grid, r, c, text, ink, opacity);
        }
    }

    private void cellText(Graphics2D g, Rectangle2D grid, int r, int c, String text, Color ink, double opacity) {
        double s = layout.cell();
        ShapedText shaped = shaper.line(text, new TextStyle((float) (s * 0.44), false));
        g.setColor(Theme.fade(ink, opacity));
        shaped.drawCentered(g, (float) (grid.getX() + (c + 0.5) * s), (float) (grid.getY() + (r + 0.5) * s));
    }

    private void outline(Graphics2D g, Rectangle2D grid, int r, int c, Color color, double opacity) {
        double s = layout.cell();
        g.setStroke(new BasicStroke((float) (s * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Theme.fade(color, opacity));
        g.draw(new RoundRectangle2D.Double(grid.getX() + c * s, grid.getY() + r * s, s, s, s * 0.12, s * 0.12));
    }

    /** Warm for positive responses, cool for negative, stronger the further from zero. */
    private Color heat(double value) {
        double strength = valueScale == 0 ? 0 : Math.min(1, Math.abs(value) / valueScale);
        Color hue = value >= 0 ? theme.positive() : theme.negative();
        return Theme.mix(theme.panel(), hue, 0.12 + 0.5 * strength);
    }

    private TextStyle style(float sizeOfHeight, boolean bold) {
        return new TextStyle(sizeOfHeight * height, bold);
    }

    private static double largestMagnitude(Matrix values) {
        double[] range = values.range();
        return Math.max(Math.abs(range[0]), Math.abs(range[1]));
    }
}
