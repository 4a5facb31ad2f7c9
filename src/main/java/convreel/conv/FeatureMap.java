package convreel.conv;

import convreel.model.Activation;
import convreel.model.Cell;
import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Pads;
import convreel.model.Padding;
import convreel.model.Stride;
import java.util.ArrayList;
import java.util.List;

/**
 * One kernel slid over one image: the padded image, every window in reading order (left to right,
 * then down), the feature map (weighted sum plus bias) and the activated map. This is
 * cross-correlation, which is what CNN convolution layers compute: the kernel is not flipped.
 */
public final class FeatureMap {
    private final Kernel kernel;
    private final Matrix padded;
    private final Pads rowPads;
    private final Pads colPads;
    private final List<Window> windows;
    private final Matrix values;
    private final Matrix activated;

    private FeatureMap(Kernel kernel, Matrix padded, Pads rowPads, Pads colPads, List<Window> windows,
            Matrix values, Matrix activated) {
        this.kernel = kernel;
        this.padded = padded;
        this.rowPads = rowPads;
        this.colPads = colPads;
        this.windows = windows;
        this.values = values;
        this.activated = activated;
    }

    /**
     * Computes the map, or throws {@link KernelTooLargeException} when the kernel does not fit
     * inside the padded image (see {@link PassSize}).
     */
    public static FeatureMap compute(Matrix image, Kernel kernel, Stride stride, Padding padding, Activation activation) {
        Matrix weights = kernel.weights();
        PassSize size = PassSize.of(image, kernel, stride, padding);
        Pads rowPads = size.rowPads();
        Pads colPads = size.colPads();
        Matrix padded = Matrix.generate(size.paddedRows(), size.paddedCols(), (r, c) -> {
            int ir = r - rowPads.before();
            int ic = c - colPads.before();
            boolean inside = ir >= 0 && ir < image.rows() && ic >= 0 && ic < image.cols();
            return inside ? image.get(ir, ic) : 0;
        });
        int outRows = size.outputRows();
        int outCols = size.outputCols();
        List<Window> windows = new ArrayList<>(outRows * outCols);
        double[][] values = new double[outRows][outCols];
        double[][] activated = new double[outRows][outCols];
        for (int r = 0; r < outRows; r++) {
            for (int c = 0; c < outCols; c++) {
                int top = r * stride.rows();
                int left = c * stride.cols();
                Matrix inputs = Matrix.generate(weights.rows(), weights.cols(), (kr, kc) -> padded.get(top + kr, left + kc));
                Matrix products = Matrix.generate(weights.rows(), weights.cols(),
                        (kr, kc) -> inputs.get(kr, kc) * weights.get(kr, kc));
                double sum = 0;
                for (int kr = 0; kr < weights.rows(); kr++) {
                    for (int kc = 0; kc < weights.cols(); kc++) {
                        sum += products.get(kr, kc);
                    }
                }
                double biased = sum + kernel.bias();
                double after = activation.apply(biased);
                values[r][c] = biased;
                activated[r][c] = after;
                windows.add(new Window(new Cell(r, c), top, left, inputs, products, sum, biased, after));
            }
        }
        return new FeatureMap(kernel, padded, rowPads, colPads, List.copyOf(windows),
                Matrix.of(values), Matrix.of(activated));
    }

    public Kernel kernel() {
        return kernel;
    }

    /** The image with its zero ring; windows index into this. */
    public Matrix padded() {
        return padded;
    }

    public Pads rowPads() {
        return rowPads;
    }

    public Pads colPads() {
        return colPads;
    }

    /** Every window in reading order: left to right, then down. */
    public List<Window> windows() {
        return windows;
    }

    /** The window that produces output cell {@code cell}. */
    public Window window(Cell cell) {
        if (cell.row() >= values.rows() || cell.col() >= values.cols()) {
            throw new IndexOutOfBoundsException("no output cell " + cell + " in a " + values.rows() + "×" + values.cols() + " map");
        }
        return windows.get(cell.row() * values.cols() + cell.col());
    }

    /** The weighted sums plus bias, before the activation. */
    public Matrix values() {
        return values;
    }

    /** {@link #values()} after the activation. */
    public Matrix activated() {
        return activated;
    }
}
