package convreel.conv;

import convreel.model.Kernel;

/** A kernel that does not fit inside the padded image, so no window position exists. */
public final class KernelTooLargeException extends IllegalArgumentException {
    private final int paddedRows;
    private final int paddedCols;

    public KernelTooLargeException(Kernel kernel, int paddedRows, int paddedCols) {
        super("kernel '" + kernel.name() + "' is " + kernel.weights().rows() + "×" + kernel.weights().cols()
                + " but the padded image is " + paddedRows + "×" + paddedCols);
        this.paddedRows = paddedRows;
        this.paddedCols = paddedCols;
    }

    public int paddedRows() {
        return paddedRows;
    }

    public int paddedCols() {
        return paddedCols;
    }
}
