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
 *       the top and the left. Two stages, the caption band large between them: a picture's grids
 *       stack, the first ones above the caption, the rest below.</li>
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
        float captionSize, double numberShare, boolean hidesSmallNumbers, double labelAir) {

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
        return new FrameGeometry(unit, safe, List.of(stage), caption, theme.captionSize(), 0.52, false, 0);
    }

    /**
     * Stage heights chosen so that, at a cell whose numbers read on a phone, the step and slide
     * stage's 5×5 input (the kernel beside it) fits above the caption and the feature map with the
     * arithmetic below it; so does the padding beat's 7×7 padded input and its 5×5 output; and the
     * band holds four lines of the smallest caption text.
     */
    private static FrameGeometry shorts(Theme theme, float unit, int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.825, height * 0.75);
        Rectangle2D above = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(), height * 0.38 - safe.getY());
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), height * 0.39, safe.getWidth(), height * 0.13);
        Rectangle2D below = new Rectangle2D.Double(safe.getX(), height * 0.53, safe.getWidth(), safe.getMaxY() - height * 0.53);
        return new FrameGeometry(unit, safe, List.of(above, below), caption, theme.captionSize() * 1.2f, 0.56, true,
                unit * 0.02);
    }

    private static FrameGeometry square(Theme theme, float unit, int width, int height) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.9, height * 0.9);
        double captionTop = height * 0.72;
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), captionTop, safe.getWidth(), safe.getMaxY() - captionTop);
        Rectangle2D stage = new Rectangle2D.Double(safe.getX(), safe.getY(), safe.getWidth(), height * 0.70 - safe.getY());
        return new FrameGeometry(unit, safe, List.of(stage), caption, theme.captionSize(), 0.56, true, unit * 0.02);
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
