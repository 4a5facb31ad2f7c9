package convreel.paint;

import java.awt.Color;

/**
 * The channel's look in one place: palette and type scale. Text sizes are shares of the type unit,
 * the frame's shorter side (see {@link FrameGeometry}): the height of a 16:9 frame, the width of a
 * 9:16 or 1:1 one. So a caption is as large on a phone-first frame as on a 1080p one, rather than
 * growing with a tall frame's height.
 */
public record Theme(
        Color background,
        Color panel,
        Color gridLine,
        Color text,
        Color mutedText,
        Color accent,
        Color window,
        Color kernel,
        Color positive,
        Color negative,
        Color padding,
        float captionSize,
        float labelSize,
        float mathSize,
        float titleSize,
        float hookSize) {

    /** The smallest text size, as a share of the type unit, that stays readable on a phone. */
    public static final float SMALLEST_TEXT = 1f / 28;

    /** Dark slate background, warm amber for the window, teal for the kernel. */
    public static Theme standard() {
        return new Theme(
                new Color(0x0F172A),
                new Color(0x1E293B),
                new Color(0x475569),
                new Color(0xF1F5F9),
                new Color(0x94A3B8),
                new Color(0xF59E0B),
                new Color(0xFBBF24),
                new Color(0x2DD4BF),
                new Color(0xFB923C),
                new Color(0x60A5FA),
                new Color(0x334155),
                1f / 21,
                1f / 24,
                1f / 23,
                1f / 12,
                1f / 17);
    }

    /** {@code color} with its opacity multiplied by {@code alpha}. */
    public static Color fade(Color color, double alpha) {
        int a = (int) Math.round(color.getAlpha() * Math.max(0, Math.min(1, alpha)));
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), a);
    }

    /** The colour between {@code from} and {@code to} at {@code t}. */
    public static Color mix(Color from, Color to, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * u),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * u),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * u),
                (int) Math.round(from.getAlpha() + (to.getAlpha() - from.getAlpha()) * u));
    }
}
