package convreel.render;

import convreel.model.Captions;
import convreel.model.Format;
import convreel.model.Scene;
import java.util.Optional;

/**
 * What the command line changes in every scene it renders, over what the scene file says:
 * {@code --format} and {@code --captions}.
 */
public record SceneOverrides(Optional<Format> format, Optional<Captions> captions) {
    /** The scenes as their files say. */
    public static final SceneOverrides NONE = new SceneOverrides(Optional.empty(), Optional.empty());

    /** Only the frame changed. */
    public static SceneOverrides format(Optional<Format> format) {
        return new SceneOverrides(format, Optional.empty());
    }

    /** {@code scene} with these changes. */
    public Scene apply(Scene scene) {
        Scene framed = format.map(scene::withFormat).orElse(scene);
        return captions.map(framed::withCaptions).orElse(framed);
    }
}
