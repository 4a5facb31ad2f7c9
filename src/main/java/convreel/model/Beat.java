package convreel.model;

import java.util.List;
import java.util.Objects;

/**
 * One narration beat: a Bangla caption for a number of seconds while the frame shows one kind of
 * picture. Kinds are dispatched with {@link #accept(Visitor)}; each kind is a reusable building block
 * with its own options.
 */
public sealed interface Beat {

    String caption();

    double seconds();

    <R> R accept(Visitor<R> visitor);

    /** One method per kind of beat; adding a kind makes every visitor say what it does with it. */
    interface Visitor<R> {
        R title(Title beat);

        R matrix(MatrixIntro beat);

        R patterns(Patterns beat);

        R step(Step beat);

        R slide(Slide beat);

        R featureMap(FeatureMapView beat);

        R kernels(Kernels beat);

        R stride(StrideCompare beat);

        R padding(PaddingCompare beat);

        R activation(ActivationView beat);

        R formula(Formula beat);

        R table(Table beat);

        R myths(Myths beat);

        R card(Card beat);
    }

    private static void requirePositive(double seconds) {
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("a beat lasts a positive number of seconds, got " + seconds);
        }
    }

    private static <T> List<T> nonEmpty(List<T> items, String what) {
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one entry");
        }
        return copy;
    }

    /** The scene's title card, the caption as its hook line. */
    record Title(String caption, double seconds) implements Beat {
        public Title {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }
    }

    /** "An image is a matrix of numbers": grey pixels turning into their numbers, then the kernel. */
    record MatrixIntro(String caption, double seconds) implements Beat {
        public MatrixIntro {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matrix(this);
        }
    }

    /** What a kernel looks for: small patches with and without its pattern, and its response to each. */
    record Patterns(String caption, double seconds) implements Beat {
        public Patterns {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.patterns(this);
        }
    }

    /** One window position computed in detail: products appear, then their sum fills the output cell. */
    record Step(String caption, double seconds, Cell at) implements Beat {
        public Step {
            requirePositive(seconds);
            Objects.requireNonNull(at, "at");
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

    /** The finished feature map as numbers and as a heat map: where the feature is strong. */
    record FeatureMapView(String caption, double seconds) implements Beat {
        public FeatureMapView {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.featureMap(this);
        }
    }

    /** Every kernel of the scene with its own feature map, stacked into a multi-channel output. */
    record Kernels(String caption, double seconds) implements Beat {
        public Kernels {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.kernels(this);
        }
    }

    /** The same pass with different strides side by side: the hops and the output sizes compared. */
    record StrideCompare(String caption, double seconds, List<Stride> strides) implements Beat {
        public StrideCompare {
            requirePositive(seconds);
            strides = nonEmpty(strides, "a stride beat");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stride(this);
        }
    }

    /** The zero ring appearing around the image, and the output sizes of each padding compared. */
    record PaddingCompare(String caption, double seconds, List<Padding> paddings) implements Beat {
        public PaddingCompare {
            requirePositive(seconds);
            paddings = nonEmpty(paddings, "a padding beat");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.padding(this);
        }
    }

    /** The activation applied to the feature map: negative cells visibly dropping to 0 under ReLU. */
    record ActivationView(String caption, double seconds) implements Beat {
        public ActivationView {
            requirePositive(seconds);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.activation(this);
        }
    }

    /** FeatureMap(i, j) = Σ Image × Kernel + Bias, with output cell {@code at}'s numbers substituted. */
    record Formula(String caption, double seconds, Cell at) implements Beat {
        public Formula {
            requirePositive(seconds);
            Objects.requireNonNull(at, "at");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.formula(this);
        }
    }

    /** A two-column comparison, its rows revealed one after another. */
    record Table(String caption, double seconds, List<String> header, List<List<String>> rows) implements Beat {
        public Table {
            requirePositive(seconds);
            header = List.copyOf(header);
            rows = nonEmpty(rows, "a table").stream().map(List::copyOf).toList();
            if (header.size() != 2 || rows.stream().anyMatch(row -> row.size() != 2)) {
                throw new IllegalArgumentException("a table has two columns in its header and in every row");
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** Misconceptions, each crossed out and answered by the fact. */
    record Myths(String caption, double seconds, List<Myth> items) implements Beat {
        public Myths {
            requirePositive(seconds);
            items = nonEmpty(items, "a myths beat");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.myths(this);
        }
    }

    /** One misconception and the fact that answers it. */
    record Myth(String myth, String fact) {
        public Myth {
            Objects.requireNonNull(myth, "myth");
            Objects.requireNonNull(fact, "fact");
        }
    }

    /** Big text, one line at a time: a summary or a hook card. */
    record Card(String caption, double seconds, List<String> lines) implements Beat {
        public Card {
            requirePositive(seconds);
            lines = nonEmpty(lines, "a card");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.card(this);
        }
    }
}
