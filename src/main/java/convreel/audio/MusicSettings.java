package convreel.audio;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Background music: a sound file looped or trimmed to the video, under the narration.
 *
 * @param file   the music, already resolved against the scene file's folder
 * @param volume the music's level between voices, relative to the voices, from 0 (exclusive) to 1:
 *               both are first brought to the same loudness, then the music is scaled by {@code volume}
 *               (0.5 is about 6 dB under the voice) and, while a voice speaks, ducked by a further
 *               {@value SoundtrackMixer#DUCK_DB} dB
 */
public record MusicSettings(Path file, double volume) {
    /** The volume when the scene gives none: background, clearly under the voice. */
    public static final double DEFAULT_VOLUME = 0.5;

    public MusicSettings {
        Objects.requireNonNull(file, "file");
        if (!(volume > 0 && volume <= 1)) {
            throw new IllegalArgumentException("music volume must be more than 0 and at most 1, got " + volume);
        }
    }
}
