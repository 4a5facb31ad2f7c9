package convreel.export.pipeline;

import convreel.export.Frame;
import convreel.paint.FramePainter;
import convreel.timeline.FrameState;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * A frame of the timeline, painted on demand: the raster is drawn into a reused canvas the first time
 * a sink asks for it, and vector sinks replay the same painter on their own canvas.
 */
final class TimelineFrame implements Frame {
    private final FramePainter painter;
    private final FrameState state;
    private final BufferedImage canvas;
    private boolean painted;

    TimelineFrame(FramePainter painter, FrameState state, BufferedImage canvas) {
        this.painter = painter;
        this.state = state;
        this.canvas = canvas;
    }

    /** A canvas of the painter's size, to be reused frame after frame. */
    static BufferedImage canvasFor(FramePainter painter) {
        return Frame.canvas(painter.width(), painter.height());
    }

    @Override
    public int index() {
        return state.frame();
    }

    @Override
    public int width() {
        return painter.width();
    }

    @Override
    public int height() {
        return painter.height();
    }

    @Override
    public BufferedImage raster() {
        if (!painted) {
            Graphics2D g = canvas.createGraphics();
            try {
                painter.paint(g, state);
            } finally {
                g.dispose();
            }
            painted = true;
        }
        return canvas;
    }

    @Override
    public void paint(Graphics2D g) {
        painter.paint(g, state);
    }
}
