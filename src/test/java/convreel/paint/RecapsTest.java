package convreel.paint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import convreel.conv.SceneComputation;
import convreel.model.Beat;
import convreel.model.Show;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.Stride;
import convreel.testing.SeedScene;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table after a comparison sums it up: beside each row, the output that row speaks of, computed by the engine. */
class RecapsTest {
    private static final Show.Stride STRIDES = new Show.Stride(List.of(Stride.of(1), Stride.of(2)));
    private static final Show.Padding PADDINGS = new Show.Padding(List.of(Padding.valid(), Padding.same()));
    private final Scene seed = SeedScene.scene();
    /** The seed scene with a stride and a padding beat, whose compared maps the computation holds. */
    private final Scene scene = new Scene(seed.name(), seed.title(), seed.image(), seed.kernels(), seed.stride(),
            seed.padding(), seed.activation(), List.of(new Beat("", 1, STRIDES), new Beat("", 1, PADDINGS)), seed.fps(),
            seed.numerals(), seed.format());
    private final PaintContext context = PaintContext.of(scene, SceneComputation.of(scene), Theme.standard(),
            new TextShaper(Typefaces.bundled()), 1920, 1080);

    @Test
    void aStrideTableShowsEachStridesOutput() {
        List<Matrix> maps = Recaps.of(context, STRIDES, 2);
        assertEquals(2, maps.size());
        assertEquals(3, maps.get(0).rows());
        assertEquals(2, maps.get(1).rows(), "stride 2 gives a 2×2 output");
        assertEquals(-4, maps.get(0).get(0, 0), 0.0);
    }

    @Test
    void aPaddingTableShowsEachPaddingsOutput() {
        List<Matrix> maps = Recaps.of(context, PADDINGS, 2);
        assertEquals(List.of(3, 5), maps.stream().map(Matrix::rows).toList());
    }

    @Test
    void aTableWhoseRowsDoNotMatchTheComparisonShowsNoMaps() {
        assertTrue(Recaps.of(context, STRIDES, 3).isEmpty());
        assertTrue(Recaps.of(context, new Show.Card(List.of("x")), 1).isEmpty());
    }
}
