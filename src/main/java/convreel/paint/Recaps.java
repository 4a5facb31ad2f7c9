package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
import convreel.model.Show;
import convreel.model.Stride;
import java.util.ArrayList;
import java.util.List;

/**
 * The maps a table sums up: after a stride or padding comparison with as many strides or paddings
 * as the table has rows, each row's output, computed by the engine; otherwise none.
 */
final class Recaps {
    private Recaps() {
    }

    static List<Matrix> of(PaintContext context, Show previous, int rows) {
        Scene scene = context.scene();
        FeatureMap primary = context.computation().primary();
        List<Matrix> maps = new ArrayList<>();
        if (previous instanceof Show.Stride stride && stride.strides().size() == rows) {
            for (Stride each : stride.strides()) {
                maps.add(FeatureMap.compute(scene.image(), primary.kernel(), each, scene.padding(), scene.activation()).values());
            }
        } else if (previous instanceof Show.Padding padding && padding.paddings().size() == rows) {
            for (Padding each : padding.paddings()) {
                maps.add(FeatureMap.compute(scene.image(), primary.kernel(), scene.stride(), each, scene.activation()).values());
            }
        }
        return List.copyOf(maps);
    }
}
