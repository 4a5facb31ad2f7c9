package convreel.audio;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one beat should say: a recorded {@code voiceFile} if it has one, else its {@code phrases}
 * spoken by the scene's text-to-speech engine, each as a clip of its own, one after another.
 *
 * @param beatIndex the beat's position in the scene, from 0
 * @param phrases   the narration in the pieces it is spoken in (the beat's caption unless the scene
 *                  says otherwise); may be empty when a voice file is given
 * @param voiceFile a recorded clip, already resolved against the scene file's folder
 */
public record NarrationRequest(int beatIndex, List<String> phrases, Optional<Path> voiceFile) {
    public NarrationRequest {
        if (beatIndex < 0) {
            throw new IllegalArgumentException("beat index must be 0 or more, got " + beatIndex);
        }
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(voiceFile, "voiceFile");
        if (voiceFile.isEmpty() && phrases.stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("beat " + (beatIndex + 1) + " has neither narration text nor a voice file");
        }
    }

    /** A beat spoken by the text-to-speech engine in one piece. */
    public static NarrationRequest spoken(int beatIndex, String text) {
        return spoken(beatIndex, List.of(text));
    }

    /** A beat spoken by the text-to-speech engine, phrase by phrase. */
    public static NarrationRequest spoken(int beatIndex, List<String> phrases) {
        return new NarrationRequest(beatIndex, phrases, Optional.empty());
    }

    /** A beat voiced by a recorded file; {@code text} is what it says, for subtitles. */
    public static NarrationRequest recorded(int beatIndex, String text, Path voiceFile) {
        return new NarrationRequest(beatIndex, text.isBlank() ? List.of() : List.of(text), Optional.of(voiceFile));
    }

    /** Everything the beat says, as one text. */
    public String text() {
        return String.join(" ", phrases);
    }
}
