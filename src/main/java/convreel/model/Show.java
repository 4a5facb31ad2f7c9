package convreel.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a beat shows: one kind of picture with its own options, a reusable building block. Each kind
 * is named by one word end to end: {@code show: matrix} in a scene file is {@link Matrix} here,
 * {@code MatrixPicture} in {@code paint} and {@code beat-…-matrix} in the golden frames. Kinds are
 * dispatched with {@link #accept(Visitor)}.
 */
public sealed interface Show {

    <R> R accept(Visitor<R> visitor);

    /** The word a scene file names this kind with, as in {@code show: matrix}: the kind's name in lower case. */
    default String word() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** One method per kind; adding a kind makes every visitor say what it does with it. */
    interface Visitor<R> {
        R title(Title show);

        R matrix(Matrix show);

        R patterns(Patterns show);

        R photo(Photo show);

        R step(Step show);

        R slide(Slide show);

        R featureMap(FeatureMap show);

        R kernels(Kernels show);

        R stride(Stride show);

        R padding(Padding show);

        R activation(Activation show);

        R formula(Formula show);

        R table(Table show);

        R myths(Myths show);

        R card(Card show);
    }

    private static <T> List<T> nonEmpty(List<T> items, String what) {
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one entry");
        }
        return copy;
    }

    /** The scene's title card, the beat's caption as its hook line. */
    record Title() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.title(this);
        }
    }

    /** "An image is a matrix of numbers": grey pixels turning into their numbers, then the kernel. */
    record Matrix() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.matrix(this);
        }
    }

    /** What a kernel looks for: small patches with and without its pattern, and its response to each. */
    record Patterns() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.patterns(this);
        }
    }

    /**
     * A real picture: the camera closes in on its patch until the pixels are numbered cells, then
     * pulls back to each kernel's feature map of the whole picture beside it.
     */
    record Photo(Picture picture) implements Show {
        /** The kernels, from the first, whose maps stand beside the photo: four pictures in a row still read. */
        public static final int MAPS = 3;

        public Photo {
            Objects.requireNonNull(picture, "picture");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.photo(this);
        }
    }

    /** One window position computed in detail: products appear, then their sum fills the output cell. */
    record Step(Cell at) implements Show {
        public Step {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.step(this);
        }
    }

    /** The window visits every position in reading order while the feature map fills in. */
    record Slide() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.slide(this);
        }
    }

    /** The finished feature map as numbers and as a heat map: where the feature is strong. */
    record FeatureMap() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.featureMap(this);
        }
    }

    /** Every kernel of the scene with its own feature map, stacked into a multi-channel output. */
    record Kernels() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.kernels(this);
        }
    }

    /**
     * The same pass with different strides side by side: the hops and the output sizes compared.
     * (Inside this interface {@code Stride} names this record, so the model's stride is spelt out.)
     */
    record Stride(List<convreel.model.Stride> strides) implements Show {
        public Stride {
            strides = nonEmpty(strides, "a stride beat");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stride(this);
        }
    }

    /** The zero ring appearing around the image, and the output sizes of each padding compared. */
    record Padding(List<convreel.model.Padding> paddings) implements Show {
        public Padding {
            paddings = nonEmpty(paddings, "a padding beat");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.padding(this);
        }
    }

    /** The activation applied to the feature map: negative cells visibly dropping to 0 under ReLU. */
    record Activation() implements Show {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.activation(this);
        }
    }

    /** FeatureMap(i, j) = Σ Image × Kernel + Bias, with output cell {@code at}'s numbers substituted. */
    record Formula(Cell at) implements Show {
        public Formula {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.formula(this);
        }
    }

    /** A two-column comparison, its rows revealed one after another. */
    record Table(List<String> header, List<List<String>> rows) implements Show {
        public Table {
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
    record Myths(List<Myth> items) implements Show {
        public Myths {
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
    record Card(List<String> lines) implements Show {
        public Card {
            lines = nonEmpty(lines, "a card");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.card(this);
        }
    }
}
