package convreel.paint;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/** Draws part of a picture moved by an offset: things sliding into place. */
final class Motion {
    private Motion() {
    }

    /**
     * Runs {@code drawing} with the canvas moved by ({@code dx}, {@code dy}). The layout record keeps
     * the resting positions, which is where things end up.
     */
    static void translated(Canvas canvas, double dx, double dy, Runnable drawing) {
        if (!canvas.draws()) {
            drawing.run();
            return;
        }
        Graphics2D g = canvas.graphics();
        AffineTransform saved = g.getTransform();
        g.translate(dx, dy);
        try {
            drawing.run();
        } finally {
            g.setTransform(saved);
        }
    }
}
