package convreel.paint;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The signs between grids, drawn as shapes: the fonts have no ⊛, and a shape looks the same on
 * every canvas.
 */
final class Operators {
    private Operators() {
    }

    /** ⊛ centred in the gap between {@code left} and {@code right}. */
    static void convolve(Canvas canvas, PaintContext context, Rectangle2D left, Rectangle2D right, double cell) {
        double cx = (left.getMaxX() + right.getX()) / 2;
        double cy = right.getCenterY();
        double r = cell * 0.28;
        float stroke = (float) (cell * 0.05);
        canvas.stroke(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r), context.theme().mutedText(), stroke, 1);
        for (int i = 0; i < 3; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 3;
            double dx = Math.cos(angle) * r * 0.6;
            double dy = Math.sin(angle) * r * 0.6;
            canvas.stroke(new Line2D.Double(cx - dx, cy - dy, cx + dx, cy + dy), context.theme().mutedText(), stroke, 1);
        }
    }

    /** = centred in the gap between {@code left} and {@code right}. */
    static void equals(Canvas canvas, PaintContext context, Rectangle2D left, Rectangle2D right, double cell) {
        double cx = (left.getMaxX() + right.getX()) / 2;
        double cy = right.getCenterY();
        double r = cell * 0.28;
        float stroke = (float) (cell * 0.05);
        canvas.stroke(new Line2D.Double(cx - r, cy - r * 0.35, cx + r, cy - r * 0.35), context.theme().mutedText(), stroke, 1);
        canvas.stroke(new Line2D.Double(cx - r, cy + r * 0.35, cx + r, cy + r * 0.35), context.theme().mutedText(), stroke, 1);
    }

    /** An arrow from ({@code x1}, {@code y}) to ({@code x2}, {@code y}). */
    static void arrow(Canvas canvas, PaintContext context, double x1, double x2, double y, double cell, double alpha) {
        float stroke = (float) (cell * 0.05);
        double head = cell * 0.18;
        canvas.stroke(new Line2D.Double(x1, y, x2, y), context.theme().mutedText(), stroke, alpha);
        canvas.stroke(new Line2D.Double(x2 - head, y - head, x2, y), context.theme().mutedText(), stroke, alpha);
        canvas.stroke(new Line2D.Double(x2 - head, y + head, x2, y), context.theme().mutedText(), stroke, alpha);
    }

    /** An arrow pointing down from ({@code x}, {@code y1}) to ({@code x}, {@code y2}), inset a little at both ends. */
    static void down(Canvas canvas, PaintContext context, double x, double y1, double y2, double cell, double alpha) {
        float stroke = (float) (cell * 0.06);
        double inset = (y2 - y1) * 0.2;
        double top = y1 + inset;
        double bottom = y2 - inset;
        double head = Math.min(cell * 0.2, (bottom - top) * 0.45);
        canvas.stroke(new Line2D.Double(x, top, x, bottom), context.theme().mutedText(), stroke, alpha);
        canvas.stroke(new Line2D.Double(x - head, bottom - head, x, bottom), context.theme().mutedText(), stroke, alpha);
        canvas.stroke(new Line2D.Double(x + head, bottom - head, x, bottom), context.theme().mutedText(), stroke, alpha);
    }
}
