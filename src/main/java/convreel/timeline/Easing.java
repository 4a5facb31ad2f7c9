package convreel.timeline;

/**
 * Shapes of motion over a normalised time t in [0, 1]. Every easing maps 0 to exactly 0 and 1 to
 * exactly 1, so a cue's first and last frames show its start and end values.
 */
public enum Easing {
    /** Constant speed: counting through products, a window sweeping a row. */
    LINEAR {
        @Override
        double shape(double x) {
            return x;
        }
    },
    /** Fast start, gentle stop: things appearing. */
    OUT {
        @Override
        double shape(double x) {
            return 1 - Math.pow(1 - x, 3);
        }
    },
    /** Slow start, slow end: the motion of a hand placing something down. */
    IN_OUT {
        @Override
        double shape(double x) {
            return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
        }
    },
    /** A gentler slow-in, slow-out (peak speed π/2 times the average): travel across the grid. */
    GLIDE {
        @Override
        double shape(double x) {
            return (1 - Math.cos(Math.PI * x)) / 2;
        }
    };

    abstract double shape(double x);

    /** The eased value of {@code t}, clamped to [0, 1]; exactly 0 and 1 at the ends. */
    public double apply(double t) {
        if (!(t > 0)) {
            return 0;
        }
        if (t >= 1) {
            return 1;
        }
        return shape(t);
    }
}
