package convreel.model;

import java.util.Objects;

/**
 * One convolution filter: its display name, its weights and the bias added after the weighted sum.
 */
public record Kernel(String name, Matrix weights, double bias) {
    public Kernel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(weights, "weights");
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias must be a finite number, got " + bias);
        }
    }
}
