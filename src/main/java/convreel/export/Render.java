package convreel.export;

import convreel.paint.FramePainter;
import convreel.timeline.Timeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javax.imageio.ImageIO;

/**
 * Drives a timeline through its painter into sinks: the whole video frame by frame, or one frame.
 * Frames stream one at a time through a single reused canvas, so memory stays flat however long the
 * video is.
 */
public final class Render {
    private final Timeline timeline;
    private final FramePainter painter;

    public Render(Timeline timeline, FramePainter painter) {
        this.timeline = timeline;
        this.painter = painter;
    }

    /**
     * Sends every frame to {@code sink} in order, then finishes it; {@code progress} hears the count
     * of frames done after each one. If anything fails, the sink is closed unfinished and leaves no
     * output behind.
     */
    public void video(FrameSink sink, IntConsumer progress) throws IOException {
        BufferedImage canvas = TimelineFrame.canvasFor(painter);
        try (sink) {
            for (int i = 0; i < timeline.frameCount(); i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IOException("render interrupted at frame " + i);
                }
                sink.accept(new TimelineFrame(painter, timeline.at(i), canvas));
                progress.accept(i + 1);
            }
            sink.finish();
        }
    }

    /** Writes the frame at {@code seconds} as a PNG or, if {@code file} ends in {@code .svg}, an SVG. */
    public void still(double seconds, Path file) throws IOException {
        Frame frame = new TimelineFrame(painter, timeline.at(timeline.frameAt(seconds)), TimelineFrame.canvasFor(painter));
        boolean svg = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg");
        try (StagedFile staged = StagedFile.beside(file)) {
            if (svg) {
                try (Writer out = Files.newBufferedWriter(staged.staging(), StandardCharsets.UTF_8)) {
                    SvgFrameWriter.write(frame, out);
                }
            } else {
                if (!ImageIO.write(frame.raster(), "png", staged.staging().toFile())) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            staged.commit();
        }
    }
}
