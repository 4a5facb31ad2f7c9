package convreel.model;

/** Zeros added before (top or left) and after (bottom or right) the image along one axis. */
public record Pads(int before, int after) {
    public Pads {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("padding cannot be negative, got " + before + ", " + after);
        }
    }

    public int total() {
        return before + after;
    }
}
