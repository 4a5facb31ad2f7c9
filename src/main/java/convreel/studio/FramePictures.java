package convreel.studio;

import convreel.export.Frame;
import convreel.export.image.FramePng;
import convreel.paint.FramePainter;
import convreel.render.LoadedScene;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The frames of one loaded scene as PNG images, painted on demand by the render's own
 * {@link FramePainter}: one painter per size, made once (laying a scene out takes longer than
 * painting a frame of it) and used by one request at a time, as a painter must be.
 */
final class FramePictures {
    private final LoadedScene loaded;
    private final Map<FrameSize, FramePainter> painters = new EnumMap<>(FrameSize.class);
    private final Map<FrameSize, BufferedImage> canvases = new EnumMap<>(FrameSize.class);

    /**
     * Lays the scene out at preview size now, so the first frame after a save comes as quickly as the
     * rest; at full size it draws with the painter its layout check made.
     */
    FramePictures(LoadedScene.Drawn drawn) {
        this.loaded = drawn.loaded();
        painters.put(FrameSize.FULL, drawn.painter());
        painter(FrameSize.PREVIEW);
    }

    LoadedScene loaded() {
        return loaded;
    }

    /** Frame {@code frame} (counted from 0, inside the video) at {@code size}, as a PNG file's bytes. */
    synchronized byte[] png(int frame, FrameSize size) throws IOException {
        FramePainter painter = painter(size);
        BufferedImage canvas = canvases.computeIfAbsent(size,
                s -> Frame.canvas(painter.width(), painter.height()));
        Graphics2D g = canvas.createGraphics();
        try {
            painter.paint(g, loaded.timeline().at(frame));
        } finally {
            g.dispose();
        }
        return FramePng.encode(canvas);
    }

    /** Width and height of a frame at {@code size}. */
    int[] dimensions(FrameSize size) {
        return new int[] {size.size(loaded.width()), size.size(loaded.height())};
    }

    private FramePainter painter(FrameSize size) {
        return painters.computeIfAbsent(size, s -> loaded.painter(s.size(loaded.width()), s.size(loaded.height())));
    }
}
