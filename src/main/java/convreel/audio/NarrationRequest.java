package convreel.audio;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What one beat should say: a recorded {@code voiceFile} if it has one, else {@code text} spoken by
 * the scene's text-to-speech engine.
 *
 * @param beatIndex the beat's position in the scene, from 0
 * @param text      the narration (the beat's caption unless the scene says otherwise); may be empty
 *                  when a voice file is given
 * @param voiceFile a recorded clip, already resolved against the scene file's folder
 */
public record NarrationRequest(int beatIndex, String text, Optional<Path> voiceFile) {
    public NarrationRequest {
        if (beatIndex < 0) {
            throw new IllegalArgumentException("beat index must be 0 or more, got " + beatIndex);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voiceFile, "voiceFile");
        if (voiceFile.isEmpty() && text.isBlank()) {
            throw new IllegalArgumentException("beat " + (beatIndex + 1) + " has neither narration text nor a voice file");
        }
    }

    /** A beat spoken by the text-to-speech engine. */
    public static NarrationRequest spoken(int beatIndex, String text) {
        return new NarrationRequest(beatIndex, text, Optional.empty());
    }

    /** A beat voiced by a recorded file; {@code text} is what it says, for subtitles. */
    public static NarrationRequest recorded(int beatIndex, String text, Path voiceFile) {
        return new NarrationRequest(beatIndex, text, Optional.of(voiceFile));
    }
}
