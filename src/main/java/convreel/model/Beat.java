package convreel.model;

/**
 * One narration beat: a Bangla caption on screen for a number of seconds while the frame shows
 * one kind of picture. Kinds are dispatched with {@link #accept(Visitor)}.
 */
public sealed interface Beat permits Beat.Title, Beat.Step, Beat.Slide {

    String caption();

    double seconds();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of beat; adding a kind makes every visitor say what it does with it. */
    interface Visitor<R> {
        R title(Title beat);

        R step(Step beat);

        R slide(Slide beat);
    }

    private static void requirePositive(double seconds) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("a beat lasts a positive number of seconds, got " + seconds);
        }
    }

    /** The scene's title card. */
    record Title(String caption, double seconds) implements Beat {
        public Title {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }
    }

    /** One window position computed in detail: products appear, then their sum fills the output cell. */
    record Step(String caption, double seconds, Cell at) implements Beat {
        public Step {
            requirePositive(seconds);
            java.util.Objects.requireNonNull(at, "at");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.step(this);
        }
    }

    /** The window visits every position in reading order while the feature map fills in. */
    record Slide(String caption, double seconds) implements Beat {
        public Slide {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.slide(this);
        }
    }
}
