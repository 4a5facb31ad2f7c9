package convreel.testing;

import convreel.export.Frame;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Consumer;

/** A test {@link Frame}: a drawing, replayed on any canvas, rastered once on demand. */
public final class PaintedFrame implements Frame {

    private final int index;
    private final int width;
    private final int height;
    private final Consumer<Graphics2D> drawing;
    private BufferedImage raster;

    public PaintedFrame(int index, int width, int height, Consumer<Graphics2D> drawing) {
        this.index = index;
        this.width = width;
        this.height = height;
        this.drawing = Objects.requireNonNull(drawing, "drawing");
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public BufferedImage raster() {
        if (raster == null) {
            BufferedImage image = Frame.canvas(width, height);
            Graphics2D g = image.createGraphics();
            try {
                paint(g);
            } finally {
                g.dispose();
            }
            raster = image;
        }
        return raster;
    }

    @Override
    public void paint(Graphics2D g) {
        drawing.accept(g);
    }
}
