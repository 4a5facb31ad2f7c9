package convreel.conv;

import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Pads;
import convreel.model.Padding;
import convreel.model.Stride;

/**
 * The sizes of one kernel's pass over an image, worked out without computing a number: the zeros
 * on each side, the padded image and the output. What a scene is checked against when it loads,
 * and what {@link FeatureMap#compute} fills in.
 */
public record PassSize(Pads rowPads, Pads colPads, int paddedRows, int paddedCols, int outputRows, int outputCols) {

    /** The sizes, or {@link KernelTooLargeException} when the kernel does not fit inside the padded image. */
    public static PassSize of(Matrix image, Kernel kernel, Stride stride, Padding padding) {
        Matrix weights = kernel.weights();
        Pads rowPads = padding.along(image.rows(), weights.rows(), stride.rows());
        Pads colPads = padding.along(image.cols(), weights.cols(), stride.cols());
        int paddedRows = image.rows() + rowPads.total();
        int paddedCols = image.cols() + colPads.total();
        if (weights.rows() > paddedRows || weights.cols() > paddedCols) {
            throw new KernelTooLargeException(kernel, paddedRows, paddedCols);
        }
        return new PassSize(rowPads, colPads, paddedRows, paddedCols, (paddedRows - weights.rows()) / stride.rows() + 1,
                (paddedCols - weights.cols()) / stride.cols() + 1);
    }
}
