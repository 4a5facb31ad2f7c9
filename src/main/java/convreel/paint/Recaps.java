package convreel.paint;

import convreel.conv.FeatureMap;
import convreel.model.Beat;
import convreel.model.Matrix;
import convreel.model.Padding;
import convreel.model.Scene;
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

    static List<Matrix> of(PaintContext context, Beat previous, int rows) {
        Scene scene = context.scene();
        FeatureMap primary = context.computation().primary();
        List<Matrix> maps = new ArrayList<>();
        if (previous instanceof Beat.StrideCompare stride && stride.strides().size() == rows) {
            for (Stride each : stride.strides()) {
                maps.add(FeatureMap.compute(scene.image(), primary.kernel(), each, scene.padding(), scene.activation()).values());
            }
        } else if (previous instanceof Beat.PaddingCompare padding && padding.paddings().size() == rows) {
            for (Padding each : padding.paddings()) {
                maps.add(FeatureMap.compute(scene.image(), primary.kernel(), scene.stride(), each, scene.activation()).values());
            }
        }
        return List.copyOf(maps);
    }
}
