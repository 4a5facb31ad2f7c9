package convreel.paint;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Format;
import convreel.model.Scene;
import convreel.model.SceneCheck;
import convreel.model.Show;
import convreel.timeline.BeatSpan;
import convreel.timeline.Timeline;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether every beat of a scene can be drawn in every format, since {@code --format} may pick any of
 * them: its picture is laid out, its caption fits the caption band, and its first and last frames
 * paint with everything inside the frame (on 9:16, outside the phone app's zones). The loader runs it on every scene, so a scene that
 * {@code validate} accepts is one that {@code render} renders. (Keeping inside the title-safe margins
 * is the painter's own promise, tested on the example scenes; a picture that reaches a little past
 * them still renders, so it is not refused here. The phone app's zones are another matter: what is
 * drawn under its buttons is not seen.)
 *
 * <p>Frames are painted on a measuring canvas, which keeps where things would go and draws no
 * pixels, so the check costs little more than the layout itself.
 */
public final class LayoutCheck implements SceneCheck {
    /** How far past the frame a box may reach: anti-aliasing and rounding, not a layout choice. */
    private static final double TOLERANCE = 1;

    /**
     * A text shaper per format: the formats are checked at once, one per processor, and a shaper's
     * caches are not for sharing between threads. Shaped text is kept between scenes this checks.
     */
    private final Map<Format, TextShaper> shapers = new EnumMap<>(Format.class);
    /** The painter each format's check laid out for a scene with no problem, until it is taken. */
    private final Map<Format, FramePainter> laidOut = new ConcurrentHashMap<>();

    public LayoutCheck() {
        for (Format format : Format.values()) {
            shapers.put(format, new TextShaper(Typefaces.bundled()));
        }
    }

    /** The first problem in the order of {@link Format#values()}, whichever format's check ends first. */
    @Override
    public Optional<Problem> firstProblem(Scene scene) {
        return firstProblem(scene, EnumSet.allOf(Format.class));
    }

    /** As {@link #firstProblem(Scene)}, in {@code formats} only: for a command that draws in one of them. */
    public Optional<Problem> firstProblem(Scene scene, Set<Format> formats) {
        SceneComputation computation = SceneComputation.of(scene);
        List<Optional<Problem>> problems = EnumSet.copyOf(formats).stream().parallel()
                .map(format -> check(scene.withFormat(format), computation, shapers.get(format)))
                .toList();
        return problems.stream().flatMap(Optional::stream).findFirst();
    }

    /**
     * The painter the check of {@code scene} laid out, at its format's full size, if {@code scene}
     * passed it: a command that draws the scene it checked need not lay it out again. Taken once, since
     * a painter is for one thread; and only once this check has checked its last scene, since the
     * painter shapes its text with this check's shaper for the format.
     */
    public Optional<FramePainter> takeLaidOut(Scene scene) {
        FramePainter painter = laidOut.get(scene.format());
        return painter != null && painter.context().scene().equals(scene) && laidOut.remove(scene.format(), painter)
                ? Optional.of(painter) : Optional.empty();
    }

    private Optional<Problem> check(Scene scene, SceneComputation computation, TextShaper shaper) {
        int[] beat = {0};
        try {
            return check(scene, computation, shaper, beat);
        } catch (MissingGlyphException missing) {
            boolean inCaption = scene.beats().get(beat[0]).caption().contains(missing.text());
            return Optional.of(new Problem(beat[0], inCaption ? Part.CAPTION : Part.PICTURE,
                    "beat " + (beat[0] + 1) + " writes " + missing.getMessage(),
                    "write it another way: in words, or with a sign the fonts have, such as -, :, × or ="));
        }
    }

    /** The checks, noting in {@code beat} the beat each one is at, so that a missing glyph names its beat. */
    private Optional<Problem> check(Scene scene, SceneComputation computation, TextShaper shaper, int[] beat) {
        Format format = scene.format();
        String frame = "the " + format.label() + " frame (" + format.width() + "×" + format.height() + ")";
        PaintContext context = PaintContext.of(scene, computation, Theme.standard(), shaper, format.width(), format.height());
        FramePainter.Pictures builder = new FramePainter.Pictures(context);
        List<BeatPicture> pictures = new ArrayList<>();
        List<Beat> beats = scene.beats();
        for (int i = 0; i < beats.size(); i++) {
            beat[0] = i;
            try {
                pictures.add(builder.of(beats, i));
            } catch (MissingGlyphException missing) {
                throw missing;
            } catch (RuntimeException unplaceable) {
                // A grid that does not fit is a LayoutException; anything else that stops the picture
                // being built would stop the render the same way, so it is this beat's error too.
                return Optional.of(new Problem(i, Part.PICTURE,
                        "beat " + (i + 1) + " cannot be laid out in " + frame + ": " + unplaceable.getMessage(),
                        "use a smaller image, kernel or padding, or a larger stride"));
            }
        }
        FramePainter painter = new FramePainter(context, pictures);
        Rectangle2D band = context.caption();
        for (int i = 0; i < scene.beats().size(); i++) {
            beat[0] = i;
            if (!pictures.get(i).captioned()) {
                continue;
            }
            ShapedText caption = painter.captionText(scene.beats().get(i).caption());
            if (caption.height() > band.getHeight() + TOLERANCE || caption.width() > band.getWidth() + TOLERANCE) {
                return Optional.of(new Problem(i, Part.CAPTION, "the caption of beat " + (i + 1)
                        + " does not fit the caption band of " + frame + ", even in its smallest readable size",
                        "shorten it, or split the beat in two"));
            }
        }
        Timeline timeline = Timeline.of(scene, computation);
        // On 9:16 the phone app's buttons and description cover the right-hand eighth and the bottom
        // fifth: what is drawn there is lost, so the frame ends where they begin.
        Rectangle2D frameArea = format == Format.SHORTS
                ? new Rectangle2D.Double(0, 0, context.safe().getMaxX(), context.safe().getMaxY())
                : new Rectangle2D.Double(0, 0, format.width(), format.height());
        Rectangle2D allowed = new Rectangle2D.Double(-TOLERANCE, -TOLERANCE, frameArea.getWidth() + 2 * TOLERANCE,
                frameArea.getHeight() + 2 * TOLERANCE);
        Set<List<Object>> painted = new HashSet<>();
        for (BeatSpan span : timeline.spans()) {
            // A beat whose picture, options and predecessor's picture match an earlier beat's paints
            // the same first and last frames (its caption is checked above): paint each such pair once.
            int index = span.index();
            beat[0] = index;
            Object at = span.beat().show() instanceof Show.Step step ? step.at() : "";
            List<Object> same = Arrays.asList(index == 0 ? null : pictures.get(index - 1), pictures.get(index), at);
            if (!painted.add(same)) {
                continue;
            }
            int last = span.firstFrame() + span.frameCount() - 1;
            for (int frameIndex : new int[] {settled(timeline, span.firstFrame(), last), last}) {
                Optional<String> outside = paintOutside(painter, timeline, frameIndex, allowed);
                if (outside.isPresent()) {
                    return Optional.of(new Problem(span.index(), Part.PICTURE,
                            "beat " + (span.index() + 1) + " does not fit " + frame + ": " + outside.get(),
                            "use a smaller image, kernel or padding, a larger stride, or shorter texts"));
                }
            }
        }
        laidOut.put(format, painter);
        return Optional.empty();
    }

    /**
     * The beat's first frame once it has taken over from the one before: while it takes over, what
     * both beats show moves between two places that are each checked, the old beat's last frame and
     * this one, so the frames in between say nothing about whether the beat fits.
     */
    private static int settled(Timeline timeline, int first, int last) {
        int frame = first;
        while (frame < last && timeline.at(frame).transition() != null) {
            frame++;
        }
        return frame;
    }

    /** Whether {@code box} lies within {@code area}; an empty box (a blank title) counts by its place. */
    private static boolean inside(Rectangle2D box, Rectangle2D area) {
        return box.getMinX() >= area.getMinX() && box.getMaxX() <= area.getMaxX()
                && box.getMinY() >= area.getMinY() && box.getMaxY() <= area.getMaxY();
    }

    /** What of frame {@code index} is drawn outside {@code allowed}, or what stops it being drawn; empty if nothing. */
    private static Optional<String> paintOutside(FramePainter painter, Timeline timeline, int index, Rectangle2D allowed) {
        try {
            Canvas canvas = Canvas.measuring();
            painter.paint(canvas, timeline.at(index));
            for (Canvas.Element element : canvas.elements()) {
                if (!inside(element.box(), allowed)) {
                    String what = element.role() == null ? "a text" : "its " + element.role();
                    return Optional.of(what + " reaches outside the frame"
                            + (painter.context().scene().format() == Format.SHORTS ? " or into the phone app's zones" : ""));
                }
            }
            return Optional.empty();
        } catch (RuntimeException unpaintable) {
            return Optional.of("its frame " + index + " cannot be painted: " + unpaintable.getMessage());
        }
    }
}
