package convreel.model;

/**
 * How many zeros surround the image before the window slides over it. One of
 * {@link #valid()}, {@link #same()}, {@link #full()} or {@link #zeros(int)}.
 */
public sealed interface Padding {

    /** The zeros along one axis of {@code inputSize} cells for a kernel of {@code kernelSize} and the given stride. */
    Pads along(int inputSize, int kernelSize, int stride);

    /** The word a scene file uses for this padding. */
    String label();

    static Padding valid() {
        return Valid.INSTANCE;
    }

    static Padding same() {
        return Same.INSTANCE;
    }

    static Padding full() {
        return Full.INSTANCE;
    }

    static Padding zeros(int perSide) {
        return new Zeros(perSide);
    }

    /** No padding: the window only visits positions fully inside the image. */
    enum Valid implements Padding {
        INSTANCE;

        @Override
        public Pads along(int inputSize, int kernelSize, int stride) {
            return new Pads(0, 0);
        }

        @Override
        public String label() {
            return "valid";
        }
    }

    /**
     * TensorFlow's SAME: the output has ceil(n / stride) cells; the total padding is
     * max((out − 1)·stride + k − n, 0), and an odd extra zero goes after (bottom or right).
     */
    enum Same implements Padding {
        INSTANCE;

        @Override
        public Pads along(int inputSize, int kernelSize, int stride) {
            int out = (inputSize + stride - 1) / stride;
            int total = Math.max((out - 1) * stride + kernelSize - inputSize, 0);
            return new Pads(total / 2, total - total / 2);
        }

        @Override
        public String label() {
            return "same";
        }
    }

    /** k − 1 zeros on every side: every window overlaps the image by at least one cell. */
    enum Full implements Padding {
        INSTANCE;

        @Override
        public Pads along(int inputSize, int kernelSize, int stride) {
            return new Pads(kernelSize - 1, kernelSize - 1);
        }

        @Override
        public String label() {
            return "full";
        }
    }

    /** The same number of zeros on every side. */
    record Zeros(int perSide) implements Padding {
        public Zeros {
            if (perSide < 0) {
                throw new IllegalArgumentException("padding must be a non-negative integer, got " + perSide);
            }
        }

        @Override
        public Pads along(int inputSize, int kernelSize, int stride) {
            return new Pads(perSide, perSide);
        }

        @Override
        public String label() {
            return Integer.toString(perSide);
        }
    }
}
