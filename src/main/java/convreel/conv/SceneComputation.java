package convreel.conv;

import convreel.model.Beat;
import convreel.model.Kernel;
import convreel.model.Padding;
import convreel.model.Picture;
import convreel.model.Scene;
import convreel.model.Show;
import convreel.model.Stride;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every kernel of a scene slid over its image, and the first kernel's passes with each stride and
 * padding a beat compares, computed once; all numbers on screen come from here.
 *
 * @param maps     one map per kernel of the scene, in order
 * @param strides  the first kernel's map with each stride a stride beat compares (the scene's padding)
 * @param paddings the first kernel's map with each padding a padding beat compares (the scene's stride)
 * @param photos   each picture a photo beat shows, with the map of all of it of each kernel the beat shows
 *                 (the first {@link Show.Photo#MAPS})
 */
public record SceneComputation(List<FeatureMap> maps, Map<Stride, FeatureMap> strides, Map<Padding, FeatureMap> paddings,
        Map<Picture, PhotoMaps> photos) {
    public SceneComputation {
        photos = Map.copyOf(photos);
        maps = List.copyOf(maps);
        strides = Map.copyOf(strides);
        paddings = Map.copyOf(paddings);
    }

    public static SceneComputation of(Scene scene) {
        List<FeatureMap> maps = scene.kernels().stream()
                .map((Kernel k) -> FeatureMap.compute(scene.image(), k, scene.stride(), scene.padding(), scene.activation()))
                .toList();
        Kernel first = scene.kernels().get(0);
        Map<Stride, FeatureMap> strides = new LinkedHashMap<>();
        Map<Padding, FeatureMap> paddings = new LinkedHashMap<>();
        Map<Picture, PhotoMaps> photos = new LinkedHashMap<>();
        for (Beat beat : scene.beats()) {
            if (beat.show() instanceof Show.Stride compared) {
                compared.strides().forEach(stride -> strides.computeIfAbsent(stride,
                        s -> FeatureMap.compute(scene.image(), first, s, scene.padding(), scene.activation())));
            } else if (beat.show() instanceof Show.Padding compared) {
                compared.paddings().forEach(padding -> paddings.computeIfAbsent(padding,
                        p -> FeatureMap.compute(scene.image(), first, scene.stride(), p, scene.activation())));
            } else if (beat.show() instanceof Show.Photo photo) {
                // Only the kernels whose maps the beat shows: each map is the size of the whole picture.
                photos.computeIfAbsent(photo.picture(), picture -> PhotoMaps.of(picture,
                        scene.kernels().subList(0, Math.min(Show.Photo.MAPS, scene.kernels().size()))));
            }
        }
        return new SceneComputation(maps, strides, paddings, photos);
    }

    /** The first kernel's map, the one the step and slide beats show. */
    public FeatureMap primary() {
        return maps.get(0);
    }

    /** The first kernel's map with {@code stride} in place of the scene's, as a stride beat compares it. */
    public FeatureMap with(Stride stride) {
        return compared(strides.get(stride), stride.toString());
    }

    /** The first kernel's map with {@code padding} in place of the scene's, as a padding beat compares it. */
    public FeatureMap with(Padding padding) {
        return compared(paddings.get(padding), padding.label());
    }

    /** {@code picture} and every kernel's map of it, as a photo beat shows them. */
    public PhotoMaps photo(Picture picture) {
        PhotoMaps maps = photos.get(picture);
        if (maps == null) {
            throw new IllegalArgumentException("no beat of the scene shows " + picture);
        }
        return maps;
    }

    private static FeatureMap compared(FeatureMap map, String what) {
        if (map == null) {
            throw new IllegalArgumentException("no beat of the scene compares " + what);
        }
        return map;
    }

    public int outputRows() {
        return primary().values().rows();
    }

    public int outputCols() {
        return primary().values().cols();
    }
}
