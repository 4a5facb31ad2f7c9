package convreel.batch;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One render of a batch: a scene file, and which of its variants. Today every item is a whole scene
 * ({@link #whole(Path)}); when scenes list {@code variants:}, each variant becomes an item of its
 * own, {@code (intro.yaml, "dark")}, rendered to {@code <out>/intro-dark.mp4}, and the work list,
 * the output names and the shards already treat it like any other item.
 *
 * @param scene the scene file as it was given, normalised ({@code ./scenes/a.yaml} → {@code scenes/a.yaml})
 * @param variant the variant's name, or empty for the scene as written
 */
public record WorkItem(Path scene, Optional<String> variant) {

    public WorkItem {
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(variant, "variant");
        scene = scene.normalize();
        if (variant.isPresent() && variant.get().isBlank()) {
            throw new IllegalArgumentException("a variant needs a name, got '" + variant.get() + "'");
        }
    }

    /** The scene file as written, with no variant. */
    public static WorkItem whole(Path scene) {
        return new WorkItem(scene, Optional.empty());
    }

    /**
     * The name shown in progress and summaries: {@code scenes/intro.yaml}, or {@code scenes/intro.yaml [dark]}.
     * Control characters (a file name may hold a line break) show as U+FFFD, so a label is one line.
     */
    public String label() {
        String label = variant.map(name -> scene + " [" + name + "]").orElse(scene.toString());
        StringBuilder shown = new StringBuilder(label.length());
        label.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? 0xFFFD : c));
        return shown.toString();
    }

    @Override
    public String toString() {
        return label();
    }
}
