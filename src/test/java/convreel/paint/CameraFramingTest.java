package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import convreel.script.SceneLoader;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the camera films: it pushes in on a picture without ever cutting part of it away. */
class CameraFramingTest {

    /**
     * A card has no caption band, so its lines sit where a captioned picture's band would be; the
     * camera's push over it must film the whole frame, not only the stage above the band.
     */
    @Test
    void aShortsEndCardStaysWholeWhileTheCameraPushes() throws Exception {
        Scene scene = SceneLoader.load(Path.of("scenes/shorts/3-zoom.yaml"));
        SceneComputation computation = SceneComputation.of(scene);
        Timeline timeline = Timeline.of(scene, computation);
        FramePainter painter = new FramePainter(scene, computation, Theme.standard(), new TextShaper(Typefaces.bundled()),
                scene.format().width(), scene.format().height());
        BeatSpan card = timeline.spans().get(timeline.spans().size() - 1);
        BufferedImage frame = new BufferedImage(painter.width(), painter.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        painter.paint(g, timeline.at(card.firstFrame() + card.frameCount() - 1));
        g.dispose();
        int lit = 0;
        for (int y = frame.getHeight() / 3; y < 2 * frame.getHeight() / 3; y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int rgb = frame.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) > 3 * 180) {
                    lit++;
                }
            }
        }
        assertTrue(lit > 5_000, "the card's two lines are drawn in the middle of the frame: " + lit + " bright pixels");
    }
}
