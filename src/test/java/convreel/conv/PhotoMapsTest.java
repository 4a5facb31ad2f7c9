package convreel.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import convreel.model.Activation;
import convreel.model.Cell;
import convreel.model.Kernel;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Picture;
import convreel.model.Stride;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kernel's map of a whole picture, as a photo beat shows it. */
class PhotoMapsTest {
    private static final Kernel VERTICAL = new Kernel("vertical edge", Matrix.of(new double[][] {{1, 0, -1}, {1, 0, -1}, {1, 0, -1}}), 0);
    private static final Kernel HORIZONTAL = new Kernel("horizontal edge", Matrix.of(new double[][] {{1, 1, 1}, {0, 0, 0}, {-1, -1, -1}}), 0);

    /** A dark picture, 7 rows by 10 columns, with a bright bar in columns 4 and 5. */
    private static Picture bar() {
        int[] grey = new int[7 * 10];
        for (int r = 0; r < 7; r++) {
            grey[r * 10 + 4] = 200;
            grey[r * 10 + 5] = 200;
        }
        return Picture.of("bar.png", 10, 7, grey, new Cell(0, 0), 3, 3);
    }

    @Test
    void aVerticalBarLightsExactlyItsTwoEdgesWithOppositeSigns() {
        PhotoMaps maps = PhotoMaps.of(bar(), List.of(VERTICAL, HORIZONTAL));

        Matrix vertical = maps.maps().get(0);
        assertEquals(5, vertical.rows());
        assertEquals(8, vertical.cols());
        // Window c covers columns c..c+2 and gives 3 × (left − right): dark to bright is negative
        // (the bar's left edge, windows 2 and 3), bright to dark positive (its right edge, 4 and 5).
        double[] expected = {0, 0, -600, -600, 600, 600, 0, 0};
        for (int r = 0; r < vertical.rows(); r++) {
            for (int c = 0; c < vertical.cols(); c++) {
                assertEquals(expected[c], vertical.get(r, c), "row " + r + ", column " + c);
            }
        }
        double[] range = maps.maps().get(1).range();
        assertEquals(0, range[0], "the horizontal-edge kernel sees no edge in a vertical bar");
        assertEquals(0, range[1]);
    }

    @Test
    void theWholePictureMapIsTheEnginesMapOfTheSameImage() {
        int[] grey = new int[9 * 8];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (i * 37) % 256;
        }
        Picture picture = Picture.of("noise.png", 8, 9, grey, new Cell(2, 2), 4, 4);
        Kernel biased = new Kernel("texture", Matrix.of(new double[][] {{0, 1, 0}, {1, -4, 1}, {0, 1, 0}}), 2.5);

        PhotoMaps maps = PhotoMaps.of(picture, List.of(biased));

        Matrix engine = FeatureMap.compute(picture.toMatrix(), biased, Stride.of(1), Padding.valid(), Activation.NONE).values();
        assertEquals(engine, maps.maps().get(0));
        assertEquals(picture.toMatrix(), maps.grey());
    }
}
