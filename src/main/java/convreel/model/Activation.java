package convreel.model;

/** The function applied to every feature-map cell after the bias. */
public enum Activation {
    RELU("relu") {
        @Override
        public double apply(double x) {
            return Math.max(0, x);
        }
    },
    NONE("none") {
        @Override
        public double apply(double x) {
            return x;
        }
    };

    private final String label;

    Activation(String label) {
        this.label = label;
    }

    public abstract double apply(double x);

    /** The word a scene file uses for this activation. */
    public String label() {
        return label;
    }
}
