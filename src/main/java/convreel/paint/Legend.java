package convreel.paint;

import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The key to the feature map's colours, centred under a grid: a blue swatch for negative, an orange one for positive. */
final class Legend {
    static final String NEGATIVE = "ঋণাত্মক";
    static final String POSITIVE = "ধনাত্মক";

    private Legend() {
    }

    /** The legend's width as a block label, measured as {@link #paint} sets it. */
    static BlockFlow.Label label(PaintContext context) {
        double natural = context.line(NEGATIVE, context.theme().labelSize(), false).width()
                + context.line(POSITIVE, context.theme().labelSize(), false).width() + 4.5 * swatch(context);
        return new BlockFlow.Label(natural, natural);
    }

    private static double swatch(PaintContext context) {
        return context.theme().labelSize() * context.unit() * 0.8;
    }

    static void paint(Canvas canvas, PaintContext context, Rectangle2D under, double spill, double alpha) {
        if (alpha <= 0) {
            return;
        }
        Theme theme = context.theme();
        float size = context.theme().labelSize();
        ShapedText negative = context.line(NEGATIVE, size, false);
        ShapedText positive = context.line(POSITIVE, size, false);
        double square = swatch(context);
        double width = 4.5 * square + negative.width() + positive.width();
        double x = under.getCenterX() - width / 2;
        double cy = under.getMaxY() + Grid.labelHeight(context) / 2;
        double top = cy - square / 2;
        canvas.fill(new RoundRectangle2D.Double(x, top, square, square, square * 0.3, square * 0.3), Heat.strong(theme, -1, 1), alpha);
        x += square * 1.5;
        canvas.text(negative, (float) x, (float) (cy - negative.height() / 2), negative.width(), ShapedText.Align.LEFT,
                theme.mutedText(), alpha, "legend");
        x += negative.width() + square * 1.5;
        canvas.fill(new RoundRectangle2D.Double(x, top, square, square, square * 0.3, square * 0.3), Heat.strong(theme, 1, 1), alpha);
        x += square * 1.5;
        canvas.text(positive, (float) x, (float) (cy - positive.height() / 2), positive.width(), ShapedText.Align.LEFT,
                theme.mutedText(), alpha, "legend");
    }
}
