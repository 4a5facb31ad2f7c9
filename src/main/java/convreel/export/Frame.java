package convreel.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * One video frame on its way to the sinks. Raster sinks (PNG, MP4) read {@link #raster()}, which is
 * painted at most once per frame and shared; vector sinks (SVG) call {@link #paint(Graphics2D)} to
 * replay the same drawing on their own canvas.
 */
public interface Frame {

    /**
     * The kind of image every frame is painted on: one int per pixel, which Java2D paints fastest and
     * libswscale converts fastest (read as BGR0 bytes, it needs no extra rounding pass to be exact).
     */
    int CANVAS_TYPE = BufferedImage.TYPE_INT_RGB;

    /** A canvas of {@code width}×{@code height} for frames. */
    static BufferedImage canvas(int width, int height) {
        return new BufferedImage(width, height, CANVAS_TYPE);
    }

    /** Zero-based position of this frame in the video. */
    int index();

    int width();

    int height();

    /** The frame painted on a {@link #CANVAS_TYPE} image of {@link #width()}×{@link #height()}. Do not modify. */
    BufferedImage raster();

    /** Draws the frame on {@code g}, whose user space is {@link #width()}×{@link #height()} pixels. */
    void paint(Graphics2D g);

    /**
     * The raster already converted to limited-range BT.709 yuv420p (the Y, U and V planes packed, no
     * padding), if the renderer converted it on one of its own threads because a sink
     * {@linkplain FrameSink#readsYuv() asked}; empty otherwise. Read it before the next frame arrives;
     * do not modify it.
     */
    default Optional<ByteBuffer> yuv() {
        return Optional.empty();
    }
}
