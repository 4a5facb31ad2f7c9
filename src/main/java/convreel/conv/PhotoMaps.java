package convreel.conv;

import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Picture;
import java.util.List;
import java.util.Objects;

/**
 * A whole picture as the engine sees it: its grey levels as a matrix, and each kernel slid over all
 * of it (stride 1, no padding, the kernel's bias added, no activation, so the map keeps its signs),
 * computed once per scene. Map cell (r, c) is the window whose top-left pixel is (r, c); the map is
 * {@code kernel − 1} smaller each way than the picture. The numbers equal {@link FeatureMap}'s for
 * the same image, kernel and settings; only the per-window detail a photo beat never shows is left out.
 *
 * @param picture the picture
 * @param grey    its grey levels
 * @param maps    one map per kernel it was given, in order
 */
public record PhotoMaps(Picture picture, Matrix grey, List<Matrix> maps) {
    public PhotoMaps {
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(grey, "grey");
        maps = List.copyOf(maps);
    }

    public static PhotoMaps of(Picture picture, List<Kernel> kernels) {
        Matrix grey = picture.toMatrix();
        return new PhotoMaps(picture, grey, kernels.stream().map(kernel -> correlate(grey, kernel)).toList());
    }

    /** {@code kernel} slid over every window of {@code image} that holds it whole: the weighted sums plus bias. */
    public static Matrix correlate(Matrix image, Kernel kernel) {
        Matrix weights = kernel.weights();
        int rows = image.rows() - weights.rows() + 1;
        int cols = image.cols() - weights.cols() + 1;
        if (rows < 1 || cols < 1) {
            throw new KernelTooLargeException(kernel, image.rows(), image.cols());
        }
        double[][] w = weights.toArray();
        return Matrix.generate(rows, cols, (r, c) -> {
            double sum = 0;
            for (int kr = 0; kr < w.length; kr++) {
                for (int kc = 0; kc < w[kr].length; kc++) {
                    sum += image.get(r + kr, c + kc) * w[kr][kc];
                }
            }
            return sum + kernel.bias();
        });
    }
}
