package convreel.paint;

import convreel.model.Format;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where things go in a frame of one {@link Format}, in the pixels of the frame being painted: each
 * format has a layout of its own, never a scaled or letterboxed landscape frame.
 *
 * <ul>
 *   <li><b>Landscape</b> (16:9): everything 5% in from every edge; one stage above a caption band
 *       along the bottom.</li>
 *   <li><b>Shorts</b> (9:16): a phone app draws its own title, buttons and like column over the
 *       bottom fifth and the right-hand eighth of the frame, so nothing of ours goes there; 5% from
 *       the top and the left. One tall stage on top, where a picture's grids stack (the input, the
 *       output right below it, so cause and effect are seen together), and the caption large in the
 *       lower third, just above the app's zone, where a viewer's eye already reads captions.</li>
 *   <li><b>Square</b> (1:1): 5% from every edge; one stage above a caption band along the bottom,
 *       deeper than landscape's, since lines are shorter.</li>
 * </ul>
 *
 * @param unit        the type unit: the frame's shorter side. Every text size in the {@link Theme}
 *                    is a share of it, so text is as large on a phone-first frame as on a 1080p
 *                    one, however tall the frame is
 * @param safe        nothing is drawn outside it
 * @param stages      where beat pictures go, top to bottom, inside the safe area
 * @param caption     the band the Bangla caption is wrapped into
 * @param captionSize the caption's size before a long caption is shrunk to fit, as a share of the unit
 * @param numberShare how much of a grid cell's side its number takes: more on the phone formats,
 *                    whose cells are smaller
 * @param smallestNumber the smallest size, as a share of the unit, at which a grid's numbers and the
 *                    arithmetic are written: the smallest text on landscape and square, larger on
 *                    9:16 (64 px at 1080×1920), where a thumb-sized feed frame is judged in a second
 * @param rollingProducts whether the step and slide stage writes its products one kernel row at a
 *                    time, each row taking the place of the one before: on 9:16, where the products
 *                    at their 64 px do not fit under the grids as a block
 * @param hidesSmallNumbers whether a grid whose numbers would be smaller than the smallest readable
 *                    text leaves them out and shows its values as colours or grey pixels; the
 *                    phone formats do, landscape keeps every number, since it is also watched on
 *                    large screens
 * @param labelAir    the least space between a label and what stands beside it: another label, or
 *                    a grid taller than the label's own. Landscape's pictures were spaced by eye
 *                    before this was checked and keep their spacing: 0 there, and only labels
 *                    overlapping each other count
 */
public record FrameGeometry(float unit, Rectangle2D safe, List<Rectangle2D> stages, Rectangle2D caption,
        float captionSize, double numberShare, float smallestNumber, boolean rollingProducts, boolean hidesSmallNumbers, double labelAir) {

    public FrameGeometry {
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("a frame needs at least one stage");
        }
    }

    /** The geometry of {@code format} scaled to a frame of {@code width}×{@code height} pixels. */
    public static FrameGeometry of(Format format, Theme theme, int width, int height) {
        float unit = Math.min(width, height);
        return switch (format) {
            case LANDSCAPE -> landscape(theme, unit, width, height);
            case SHORTS -> shorts(theme, unit, width, height);
            case SQUARE -> square(theme, unit, width, height);
        };
    }

    private static FrameGeometry landscape(Theme theme, float unit, int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.9, height * 0.9);
        double captionTop = height * 0.77;
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), captionTop, safe.getWidth(), safe.getMaxY() - captionTop);
        Rectangle2D stage = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(),
                captionTop - height * 0.03 - safe.getY());
        return new FrameGeometry(unit, safe, List.of(stage), caption, theme.captionSize(), 0.52, Theme.SMALLEST_TEXT, false, false, 0);
    }

    /**
     * The stage from the top margin down to 62% of the height; the caption band from 63.5% down to
     * the app's zone at 79%, the lower third, holding two lines of caption text at its full size.
     */
    private static FrameGeometry shorts(Theme theme, float unit, int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.825, height * 0.75);
        Rectangle2D stage = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(), height * 0.62 - safe.getY());
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), height * 0.635, safe.getWidth(), height * 0.155);
        return new FrameGeometry(unit, safe, List.of(stage), caption, theme.captionSize() * 1.2f, 0.75,
                64f / 1080, true, true, unit * 0.02);
    }

    private static FrameGeometry square(Theme theme, float unit, int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.9, height * 0.9);
        double captionTop = height * 0.72;
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), captionTop, safe.getWidth(), safe.getMaxY() - captionTop);
        Rectangle2D stage = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(), height * 0.70 - safe.getY());
        return new FrameGeometry(unit, safe, List.of(stage), caption, theme.captionSize(), 0.56, Theme.SMALLEST_TEXT, false, true,
                unit * 0.02);
    }

    /** The stage with the most room, for a picture that is one block of text. */
    public Rectangle2D largestStage() {
        Rectangle2D largest = stages.get(0);
        for (Rectangle2D stage : stages) {
            if (stage.getWidth() * stage.getHeight() > largest.getWidth() * largest.getHeight()) {
                largest = stage;
            }
        }
        return largest;
    }
}
