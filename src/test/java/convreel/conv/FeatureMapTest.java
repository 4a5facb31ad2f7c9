package convreel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import convreel.model.Activation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Cell;
import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Format;
import convreel.model.Numerals;
import convreel.model.Pads;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.Stride;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every expected matrix here was worked out by hand (column sums of three rows, left column minus
 * right column for the vertical edge kernel), not copied from the engine's output.
 */
class FeatureMapTest {
    private static final Matrix SEED = matrix(
            new double[] {1, 2, 3, 0, 1},
            new double[] {0, 1, 2, 3, 1},
            new double[] {1, 0, 1, 2, 3},
            new double[] {2, 1, 0, 1, 2},
            new double[] {1, 2, 1, 0, 1});
    private static final Kernel VERTICAL_EDGE = new Kernel("vertical edge",
            matrix(new double[] {1, 0, -1}, new double[] {1, 0, -1}, new double[] {1, 0, -1}), 0);
    private static final Kernel HORIZONTAL_EDGE = new Kernel("horizontal edge",
            matrix(new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {-1, -1, -1}), 0);

    /** The seed example with valid padding and stride 1: the explainer's 3×3 feature map. */
    private static final Matrix SEED_MAP = matrix(
            new double[] {-4, -2, 1},
            new double[] {0, -4, -3},
            new double[] {2, 0, -4});

    private static Matrix matrix(double[]... rows) {
        return Matrix.of(rows);
    }

    private static FeatureMap compute(Matrix image, Kernel kernel, Stride stride, Padding padding, Activation activation) {
        return FeatureMap.compute(image, kernel, stride, padding, activation);
    }

    @Test
    void featureMapMatchesHandWorkedSeedExample() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.valid(), Activation.RELU);

        assertEquals(SEED_MAP, map.values());
        assertEquals(matrix(new double[] {0, 0, 1}, new double[] {0, 0, 0}, new double[] {2, 0, 0}), map.activated());
        assertEquals(SEED, map.padded(), "valid padding adds no zeros");
        assertEquals(new Pads(0, 0), map.rowPads());
        assertEquals(new Pads(0, 0), map.colPads());
    }

    @Test
    void activationNoneLeavesNegativeValues() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.valid(), Activation.NONE);

        assertEquals(SEED_MAP, map.values());
        assertEquals(SEED_MAP, map.activated());
    }

    @Test
    void firstWindowHoldsTheExplainersProductsAndTheirSum() {
        Window first = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.valid(), Activation.RELU).windows().get(0);

        // (1×1) + (2×0) + (3×−1) / (0×1) + (1×0) + (2×−1) / (1×1) + (0×0) + (1×−1)
        assertEquals(new Cell(0, 0), first.output());
        assertEquals(matrix(new double[] {1, 2, 3}, new double[] {0, 1, 2}, new double[] {1, 0, 1}), first.inputs());
        assertEquals(matrix(new double[] {1, 0, -3}, new double[] {0, 0, -2}, new double[] {1, 0, -1}), first.products());
        assertEquals(-4, first.sum());
        assertEquals(-4, first.biased());
        assertEquals(0, first.activated());
    }

    @Test
    void windowsComeInReadingOrderLeftToRightThenDown() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.valid(), Activation.NONE);

        List<Window> windows = map.windows();
        assertEquals(9, windows.size());
        for (int i = 0; i < windows.size(); i++) {
            Window window = windows.get(i);
            assertEquals(new Cell(i / 3, i % 3), window.output());
            assertEquals(i / 3, window.top());
            assertEquals(i % 3, window.left());
            assertEquals(SEED_MAP.get(i / 3, i % 3), window.sum());
            assertEquals(window, map.window(window.output()));
        }
        Window middleRight = map.window(new Cell(1, 2));
        assertEquals(matrix(new double[] {2, 3, 1}, new double[] {1, 2, 3}, new double[] {0, 1, 2}), middleRight.inputs());
        assertEquals(-3, middleRight.sum());
    }

    @Test
    void windowOutsideTheMapIsRejected() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.valid(), Activation.NONE);

        assertThrows(IndexOutOfBoundsException.class, () -> map.window(new Cell(3, 0)));
        assertThrows(IndexOutOfBoundsException.class, () -> map.window(new Cell(0, 3)));
    }

    @Test
    void strideTwoSkipsEveryOtherWindow() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(2), Padding.valid(), Activation.NONE);

        // Windows at rows 0 and 2, columns 0 and 2: the corners of the stride-1 map.
        assertEquals(matrix(new double[] {-4, 1}, new double[] {2, -4}), map.values());
        assertEquals(List.of(0, 0, 2, 2), map.windows().stream().map(Window::top).toList());
        assertEquals(List.of(0, 2, 0, 2), map.windows().stream().map(Window::left).toList());
    }

    @Test
    void rowsAndColumnsCanHaveDifferentStrides() {
        FeatureMap down = compute(SEED, VERTICAL_EDGE, new Stride(2, 1), Padding.valid(), Activation.NONE);
        FeatureMap across = compute(SEED, VERTICAL_EDGE, new Stride(1, 2), Padding.valid(), Activation.NONE);

        assertEquals(matrix(new double[] {-4, -2, 1}, new double[] {2, 0, -4}), down.values());
        assertEquals(matrix(new double[] {-4, 1}, new double[] {0, -3}, new double[] {2, -4}), across.values());
        assertEquals(new Cell(1, 1), across.windows().get(3).output());
        assertEquals(1, across.windows().get(3).top());
        assertEquals(2, across.windows().get(3).left());
    }

    /** Same padding on the seed: one ring of zeros, so the 5×5 image gives a 5×5 map. */
    private static final Matrix SEED_SAME = matrix(
            new double[] {-3, -4, 0, 3, 3},
            new double[] {-3, -4, -2, 1, 5},
            new double[] {-2, 0, -4, -3, 6},
            new double[] {-3, 2, 0, -4, 3},
            new double[] {-3, 2, 2, -2, 1});

    @Test
    void samePaddingKeepsTheImageSizeAndComputesTheBorderFromZeros() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.same(), Activation.NONE);

        // Top row: column sums of padded rows 0-2 are 0 1 3 5 3 2 0, so left minus right is -3 -4 0 3 3.
        // Left column: the zero column minus image column 1 over each three rows: -3 -3 -2 -3 -3.
        assertEquals(SEED_SAME, map.values());
        assertEquals(new Pads(1, 1), map.rowPads());
        assertEquals(new Pads(1, 1), map.colPads());
        assertEquals(7, map.padded().rows());
        assertEquals(0, map.padded().get(0, 3));
        assertEquals(1, map.padded().get(1, 1), "image (0, 0) sits inside the zero ring");
    }

    @Test
    void explicitPaddingOfOneEqualsSamePaddingForAThreeByThreeKernel() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.zeros(1), Activation.NONE);

        assertEquals(SEED_SAME, map.values());
        assertEquals(new Pads(1, 1), map.rowPads());
    }

    @Test
    void samePaddingWithStrideTwoOnAnEvenSizePutsTheOddZeroAfter() {
        Matrix image = matrix(
                new double[] {1, 2, 3, 0},
                new double[] {0, 1, 2, 3},
                new double[] {1, 0, 1, 2},
                new double[] {2, 1, 0, 1});

        FeatureMap map = compute(image, VERTICAL_EDGE, Stride.of(2), Padding.same(), Activation.NONE);

        // out = ceil(4 / 2) = 2; total pad = (2 − 1)·2 + 3 − 4 = 1: none before, one after.
        assertEquals(new Pads(0, 1), map.rowPads());
        assertEquals(new Pads(0, 1), map.colPads());
        assertEquals(matrix(
                new double[] {1, 2, 3, 0, 0},
                new double[] {0, 1, 2, 3, 0},
                new double[] {1, 0, 1, 2, 0},
                new double[] {2, 1, 0, 1, 0},
                new double[] {0, 0, 0, 0, 0}), map.padded());
        // Rows 0-2: column sums 2 3 6 5 0 → 2−6, 6−0. Rows 2-4: 3 1 1 3 0 → 3−1, 1−0.
        assertEquals(matrix(new double[] {-4, 6}, new double[] {2, 1}), map.values());
    }

    @Test
    void fullPaddingLetsEveryWindowOverlapTheImageByAtLeastOneCell() {
        FeatureMap map = compute(SEED, VERTICAL_EDGE, Stride.of(1), Padding.full(), Activation.NONE);
        Matrix values = map.values();

        assertEquals(7, values.rows());
        assertEquals(7, values.cols());
        assertEquals(new Pads(2, 2), map.rowPads());
        // Each corner window covers one image corner, under the opposite kernel corner:
        // 1 × −1, 1 × 1, 1 × −1, 1 × 1.
        assertEquals(-1, values.get(0, 0));
        assertEquals(1, values.get(0, 6));
        assertEquals(-1, values.get(6, 0));
        assertEquals(1, values.get(6, 6));
        // Top row: only image row 0 (0 0 1 2 3 0 1 0 0 padded) meets the kernel's bottom row 1 0 −1.
        assertEquals(matrix(new double[] {-1, -2, -2, 2, 2, 0, 1}),
                Matrix.generate(1, 7, (r, c) -> values.get(0, c)));
        // The middle 3×3 is where the window lies inside the image: the valid map.
        assertEquals(SEED_MAP, Matrix.generate(3, 3, (r, c) -> values.get(r + 2, c + 2)));
    }

    @Test
    void biasShiftsEveryCellAndReluActsAfterTheBias() {
        Kernel biased = new Kernel("vertical edge", VERTICAL_EDGE.weights(), -1);

        FeatureMap none = compute(SEED, biased, Stride.of(1), Padding.valid(), Activation.NONE);
        FeatureMap relu = compute(SEED, biased, Stride.of(1), Padding.valid(), Activation.RELU);

        Matrix shifted = matrix(new double[] {-5, -3, 0}, new double[] {-1, -5, -4}, new double[] {1, -1, -5});
        assertEquals(shifted, none.values());
        assertEquals(shifted, relu.values(), "values are the sums plus bias, before the activation");
        // ReLU comes after the bias: [0, 2] has sum 1 and becomes ReLU(1 − 1) = 0, [2, 0] has sum 2 and
        // becomes ReLU(2 − 1) = 1. Bias after ReLU would have left −1 in every negative cell instead.
        assertEquals(matrix(new double[] {0, 0, 0}, new double[] {0, 0, 0}, new double[] {1, 0, 0}), relu.activated());
        Window corner = relu.window(new Cell(2, 0));
        assertEquals(2, corner.sum());
        assertEquals(1, corner.biased());
        assertEquals(1, corner.activated());
    }

    @Test
    void twoKernelsGiveTwoMapsInKernelOrder() {
        Scene scene = new Scene("edges", "", SEED, List.of(VERTICAL_EDGE, HORIZONTAL_EDGE), Stride.of(1),
                Padding.valid(), Activation.NONE, List.of(new Beat("", 1, new Show.Slide())), 30, Numerals.LATIN, Format.LANDSCAPE);

        SceneComputation computation = SceneComputation.of(scene);

        assertEquals(2, computation.maps().size());
        assertEquals(VERTICAL_EDGE, computation.primary().kernel());
        assertEquals(SEED_MAP, computation.maps().get(0).values());
        // Row sums over three columns: top row minus bottom row of each window.
        assertEquals(matrix(new double[] {4, 2, -2}, new double[] {0, 4, 3}, new double[] {-2, 0, 4}),
                computation.maps().get(1).values());
        assertEquals(3, computation.outputRows());
        assertEquals(3, computation.outputCols());
    }

    @Test
    void kernelLargerThanThePaddedImageIsRejectedWithTheSizes() {
        Matrix image = Matrix.generate(4, 4, (r, c) -> 1);
        Kernel big = new Kernel("big", Matrix.generate(5, 5, (r, c) -> 1), 0);

        KernelTooLargeException error = assertThrows(KernelTooLargeException.class,
                () -> compute(image, big, Stride.of(1), Padding.valid(), Activation.NONE));

        assertEquals("kernel 'big' is 5×5 but the padded image is 4×4", error.getMessage());
        assertEquals(4, error.paddedRows());
        assertEquals(4, error.paddedCols());
        assertEquals(4, compute(image, big, Stride.of(1), Padding.same(), Activation.NONE).values().rows(),
                "same padding makes room for any kernel");
    }
}
