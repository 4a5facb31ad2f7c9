package convreel.paint;

import convreel.conv.SceneComputation;
import convreel.model.Scene;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * What every beat's picture is drawn with: the scene and its computed maps, the theme, the text
 * shaper, how numbers are written, and the frame's geometry, which follows the scene's format.
 */
public record PaintContext(
        Scene scene,
        SceneComputation computation,
        Theme theme,
        TextShaper shaper,
        Numbers numbers,
        int width,
        int height,
        FrameGeometry geometry) {

    public static PaintContext of(Scene scene, SceneComputation computation, Theme theme, TextShaper shaper,
            int width, int height) {
        return new PaintContext(scene, computation, theme, shaper, new Numbers(scene.numerals()), width, height,
                FrameGeometry.of(scene.format(), theme, width, height));
    }

    /** The type unit, the frame's shorter side: every text size is a share of it. */
    public float unit() {
        return geometry.unit();
    }

    /** Nothing is drawn outside it. */
    public Rectangle2D safe() {
        return geometry.safe();
    }

    /** Where beat pictures go, top to bottom: one stage in each format today (a list, so a format may split it). */
    public List<Rectangle2D> stages() {
        return geometry.stages();
    }

    /** The band the Bangla caption is wrapped into. */
    public Rectangle2D caption() {
        return geometry.caption();
    }

    /** A text style whose size is {@code share} of the type unit. */
    public TextStyle style(float share, boolean bold) {
        return new TextStyle(share * unit(), bold);
    }

    /** Shapes one line at a share of the type unit. */
    public ShapedText line(String text, float share, boolean bold) {
        return shaper.line(text, style(share, bold));
    }


    /** The smallest size of a grid's numbers and of the arithmetic, in pixels (see {@link FrameGeometry#smallestNumber}). */
    public float smallestNumber() {
        return geometry.smallestNumber() * unit();
    }

    /** The size the arithmetic is written at: the theme's, or the format's smallest number size if that is larger. */
    public float mathSize() {
        return Math.max(theme.mathSize() * unit(), smallestNumber());
    }

    /**
     * {@code text} on one line at the theme's {@code share}, or smaller so it fits {@code room}
     * pixels, but never below the smallest readable size.
     */
    public ShapedText fitted(String text, float share, boolean bold, double room) {
        ShapedText shaped = line(text, share, bold);
        if (shaped.width() <= room) {
            return shaped;
        }
        float smaller = (float) Math.max(Theme.SMALLEST_TEXT, share * room / shaped.width());
        ShapedText fitted = line(text, smaller, bold);
        // Widths do not scale quite in proportion to the size: a hair smaller until it fits.
        while (fitted.width() > room && smaller > Theme.SMALLEST_TEXT) {
            smaller = Math.max(Theme.SMALLEST_TEXT, smaller * 0.995f);
            fitted = line(text, smaller, bold);
        }
        return fitted;
    }

    /**
     * {@code text} as {@link #fitted} sets it, except that a text still too wide at the smallest
     * size is wrapped into lines at that size instead of running past {@code room}.
     */
    public ShapedText fittedOrWrapped(String text, float share, boolean bold, double room) {
        ShapedText shaped = fitted(text, share, bold, room);
        if (shaped.width() <= room + 0.5) {
            return shaped;
        }
        return shaper.wrapped(text, style(Theme.SMALLEST_TEXT, bold), (float) room);
    }

    /**
     * {@code text} wrapped into lines no wider than {@code room} at {@code share} of the type
     * unit, the lines made as even as they can be with no more of them: no lone word on the last.
     */
    public ShapedText wrappedEvenly(String text, float share, boolean bold, double room) {
        TextStyle style = style(share, bold);
        ShapedText widest = shaper.wrapped(text, style, (float) room);
        if (widest.lineCount() < 2) {
            return widest;
        }
        double narrow = room / widest.lineCount();
        double wide = room;
        ShapedText best = widest;
        for (int i = 0; i < 12; i++) {
            double middle = (narrow + wide) / 2;
            ShapedText tried = shaper.wrapped(text, style, (float) middle);
            if (tried.lineCount() == widest.lineCount() && tried.width() <= middle + 0.5 && breaksAtSpaces(text, tried)) {
                best = tried;
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        return best;
    }

    /** Whether every line of {@code shaped} but the last ends at a space of {@code text}: no word is cut. */
    private static boolean breaksAtSpaces(String text, ShapedText shaped) {
        int end = 0;
        List<java.awt.font.TextLayout> lines = shaped.lines();
        for (int i = 0; i < lines.size() - 1; i++) {
            end += lines.get(i).getCharacterCount();
            if (end <= 0 || end > text.length() || !Character.isWhitespace(text.charAt(end - 1))) {
                return false;
            }
        }
        return true;
    }

    /** The label texts of a block, measured for the {@link BlockFlow}: they are set as {@link #fitted} sets them. */
    BlockFlow.Label label(float share, boolean bold, String... texts) {
        double natural = 0;
        double least = 0;
        for (String text : texts) {
            natural = Math.max(natural, line(text, share, bold).width());
            least = Math.max(least, line(text, Theme.SMALLEST_TEXT, bold).width());
        }
        return new BlockFlow.Label(natural, least);
    }
}
