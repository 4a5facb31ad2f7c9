package convreel.paint;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/** ❌ and ✅ drawn as shapes: colour emoji fonts do not render in Java2D, shapes render everywhere. */
final class Marks {
    static final Color WRONG = new Color(0xEF4444);
    static final Color RIGHT = new Color(0x22C55E);

    private Marks() {
    }

    /** A red disc with a white cross, {@code size} across, centred on (cx, cy). */
    static void cross(Canvas canvas, double cx, double cy, double size, double alpha) {
        double r = size / 2;
        canvas.fill(new Ellipse2D.Double(cx - r, cy - r, size, size), WRONG, alpha);
        double arm = r * 0.45;
        float stroke = (float) (size * 0.12);
        canvas.stroke(new Line2D.Double(cx - arm, cy - arm, cx + arm, cy + arm), Color.WHITE, stroke, alpha);
        canvas.stroke(new Line2D.Double(cx - arm, cy + arm, cx + arm, cy - arm), Color.WHITE, stroke, alpha);
    }

    /** A green disc with a white tick, {@code size} across, centred on (cx, cy). */
    static void tick(Canvas canvas, double cx, double cy, double size, double alpha) {
        double r = size / 2;
        canvas.fill(new Ellipse2D.Double(cx - r, cy - r, size, size), RIGHT, alpha);
        Path2D tick = new Path2D.Double();
        tick.moveTo(cx - r * 0.48, cy + r * 0.02);
        tick.lineTo(cx - r * 0.12, cy + r * 0.38);
        tick.lineTo(cx + r * 0.5, cy - r * 0.36);
        canvas.stroke(tick, Color.WHITE, (float) (size * 0.12), alpha);
    }
}
