package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.conv.Window;
import convreel.model.Kernel;

/**
 * One window's arithmetic as the explainer writes it: a line of {@code (input×weight)} terms per
 * kernel row, then "= sum" (with the bias when there is one); the activation waits for its own beat. The text size is
 * the theme's, or smaller so the widest line (the sum too) fits the panel.
 */
final class Products {
    private final PaintContext context;
    private final Window window;
    private final Kernel kernel;
    private final TextStyle style;

    private Products(PaintContext context, Window window, Kernel kernel, TextStyle style) {
        this.context = context;
        this.window = window;
        this.kernel = kernel;
        this.style = style;
    }

    static Products of(PaintContext context, Window window, Kernel kernel, double panelWidth) {
        float size = context.mathSize();
        float widest = 0;
        Products probe = new Products(context, window, kernel, new TextStyle(size, false));
        for (int r = 0; r < window.inputs().rows(); r++) {
            widest = Math.max(widest, context.shaper().line(probe.row(r), probe.style).width());
        }
        widest = Math.max(widest, probe.sum().width());
        float fitted = widest <= panelWidth ? size : (float) (size * panelWidth / widest);
        return new Products(context, window, kernel, new TextStyle(fitted, false));
    }

    /**
     * The widest line of the arithmetic of any window of {@code map} at the theme's size: the
     * products and the sum. A panel this wide writes them all without shrinking.
     */
    static double widest(PaintContext context, FeatureMap map) {
        TextStyle style = new TextStyle(context.mathSize(), false);
        double widest = 0;
        for (Window window : map.windows()) {
            Products products = new Products(context, window, map.kernel(), style);
            for (int r = 0; r < window.inputs().rows(); r++) {
                widest = Math.max(widest, context.shaper().line(products.row(r), style).width());
            }
            widest = Math.max(widest, products.sum().width());
        }
        return widest;
    }

    /**
     * The height of the stage's arithmetic at the theme's size: a line per kernel row and the sum,
     * centred as the stage writes them, with the sum's larger text.
     */
    static double height(PaintContext context, FeatureMap map) {
        float size = context.mathSize();
        int rows = context.geometry().rollingProducts() ? 1 : map.kernel().weights().rows();
        return (rows + 1) * size * 1.5 + size * 0.5;
    }

    /** The size the products are written at; the lines around them use it too. */
    TextStyle style() {
        return style;
    }

    float lineHeight() {
        return style.size() * 1.5f;
    }

    /** The terms of kernel row {@code r}, joined with " + ". */
    String row(int r) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < window.inputs().cols(); c++) {
            line.append(c > 0 ? " + " : "").append(term(r, c));
        }
        return line.toString();
    }

    private String term(int r, int c) {
        Numbers numbers = context.numbers();
        return "(" + numbers.format(window.inputs().get(r, c)) + "×" + numbers.format(kernel.weights().get(r, c)) + ")";
    }

    /**
     * Draws the product lines from ({@code x}, {@code top}); term i (in reading order) fades in as
     * {@code shown} passes i. Returns the top of the line after the last.
     */
    float paint(Canvas canvas, float x, float top, double shown) {
        float y = top;
        for (int r = 0; r < window.inputs().rows(); r++) {
            paintRow(canvas, x, y, r, shown, 1);
            y += lineHeight();
        }
        return y;
    }

    /**
     * Draws only the kernel row being multiplied, from ({@code x}, {@code top}): its terms fade in
     * as {@link #paint} fades them, while the row before fades out in the same place. Returns the top
     * of the line after it.
     */
    float paintRolling(Canvas canvas, float x, float top, double shown) {
        int cols = window.inputs().cols();
        int rows = window.inputs().rows();
        int current = (int) Math.max(0, Math.min(rows - 1, Math.ceil(shown / cols) - 1));
        double arriving = Math.max(0, Math.min(1, shown - current * cols));
        if (current > 0 && arriving < 1) {
            paintRow(canvas, x, top, current - 1, cols * current, 1 - arriving);
        }
        paintRow(canvas, x, top, current, shown, 1);
        return top + lineHeight();
    }

    /** Kernel row {@code r}'s terms at ({@code x}, {@code y}), term i (in reading order) fading in as {@code shown} passes i. */
    private void paintRow(Canvas canvas, float x, float y, int r, double shown, double fade) {
        Theme theme = context.theme();
        int cols = window.inputs().cols();
        ShapedText plus = context.shaper().line(" + ", style);
        float cursor = x;
        for (int c = 0; c < cols; c++) {
            double alpha = fade * Math.max(0, Math.min(1, shown - (r * cols + c)));
            if (c > 0) {
                canvas.text(plus, cursor, y, plus.advance(), ShapedText.Align.LEFT, theme.mutedText(), alpha, null);
                cursor += plus.advance();
            }
            ShapedText term = context.shaper().line(term(r, c), style);
            canvas.text(term, cursor, y, term.advance(), ShapedText.Align.LEFT, theme.text(), alpha, null);
            cursor += term.advance();
        }
    }

    /** "= −4", or with a bias "= −4 + 1 = −3". */
    ShapedText sum() {
        Numbers numbers = context.numbers();
        String sum = "= " + numbers.format(window.sum());
        if (kernel.bias() != 0) {
            sum += " + " + numbers.format(kernel.bias()) + " = " + numbers.format(window.biased());
        }
        return context.shaper().line(sum, sumStyle());
    }

    /**
     * Draws the sum line at ({@code x}, {@code top}): the sum in the accent colour, and the bias term
     * in the kernel's colour, since the bias comes with the kernel. Returns the line's width.
     */
    float paintSum(Canvas canvas, float x, float top, double alpha) {
        Theme theme = context.theme();
        Numbers numbers = context.numbers();
        if (kernel.bias() == 0) {
            ShapedText sum = sum();
            canvas.text(sum, x, top, sum.width(), ShapedText.Align.LEFT, theme.accent(), alpha, null);
            return sum.width();
        }
        float cursor = x;
        String[] parts = {"= " + numbers.format(window.sum()) + " ", "+ " + numbers.format(kernel.bias()),
            " = " + numbers.format(window.biased())};
        java.awt.Color[] colours = {theme.accent(), theme.kernel(), theme.accent()};
        for (int i = 0; i < parts.length; i++) {
            ShapedText part = context.shaper().line(parts[i], sumStyle());
            canvas.text(part, cursor, top, part.advance(), ShapedText.Align.LEFT, colours[i], alpha, null);
            cursor += part.advance();
        }
        return cursor - x;
    }

    /** The sum's last number on its own, as large as the sum line: the value that lands in the feature map. */
    ShapedText result() {
        return context.shaper().line(context.numbers().format(window.biased()), sumStyle());
    }

    private TextStyle sumStyle() {
        return new TextStyle(style.size() * 1.25f, true);
    }
}
