package convreel.conv;

import convreel.model.Kernel;
import convreel.model.Scene;
import java.util.List;

/**
 * Every kernel of a scene slid over its image, computed once; all numbers on screen come from here.
 */
public record SceneComputation(List<FeatureMap> maps) {
    public SceneComputation {
        maps = List.copyOf(maps);
    }

    public static SceneComputation of(Scene scene) {
        return new SceneComputation(scene.kernels().stream()
                .map((Kernel k) -> FeatureMap.compute(scene.image(), k, scene.stride(), scene.padding(), scene.activation()))
                .toList());
    }

    /** The first kernel's map, the one the step and slide beats show. */
    public FeatureMap primary() {
        return maps.get(0);
    }

    public int outputRows() {
        return primary().values().rows();
    }

    public int outputCols() {
        return primary().values().cols();
    }
}
