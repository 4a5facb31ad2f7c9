package convreel.paint;

import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Show;
import convreel.model.Stride;
import java.util.ArrayList;
import java.util.List;

/**
 * The maps a table sums up: after a stride or padding comparison with as many strides or paddings
 * as the table has rows, each row's output, as the scene's computation holds it; otherwise none.
 */
final class Recaps {
    private Recaps() {
    }

    static List<Matrix> of(PaintContext context, Show previous, int rows) {
        List<Matrix> maps = new ArrayList<>();
        if (previous instanceof Show.Stride stride && stride.strides().size() == rows) {
            for (Stride each : stride.strides()) {
                maps.add(context.computation().with(each).values());
            }
        } else if (previous instanceof Show.Padding padding && padding.paddings().size() == rows) {
            for (Padding each : padding.paddings()) {
                maps.add(context.computation().with(each).values());
            }
        }
        return List.copyOf(maps);
    }
}
