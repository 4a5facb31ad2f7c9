package convreel.timeline;

/** Shapes of motion over a normalised time t in [0, 1]. */
public final class Easing {
    private Easing() {
    }

    /** Slow start, slow end: the motion of a hand placing something down. */
    public static double inOut(double t) {
        double x = clamp(t);
        return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
    }

    /** A gentler slow-in, slow-out (peak speed π/2 times the average): for travel across the grid. */
    public static double glide(double t) {
        return (1 - Math.cos(Math.PI * clamp(t))) / 2;
    }

    /** Fast start, gentle stop: used for things appearing. */
    public static double out(double t) {
        double x = clamp(t);
        return 1 - Math.pow(1 - x, 3);
    }

    /** Where {@code t} lies between {@code from} and {@code to}, clamped to [0, 1]. */
    public static double span(double t, double from, double to) {
        return clamp((t - from) / (to - from));
    }

    static double clamp(double t) {
        return t < 0 ? 0 : t > 1 ? 1 : t;
    }
}
