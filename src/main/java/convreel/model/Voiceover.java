package convreel.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scene says aloud: the text-to-speech engine, if any, the background music, if any, and
 * what each beat says. Paths are already resolved against the scene file's folder.
 *
 * @param speech how beats without a voice file are spoken; empty if only voice files speak
 * @param music  a background track, looped or trimmed to the video and ducked under the voice
 * @param beats  one entry per beat, in order
 */
public record Voiceover(Optional<Speech> speech, Optional<Music> music, List<BeatVoice> beats) {

    public Voiceover {
        Objects.requireNonNull(speech, "speech");
        Objects.requireNonNull(music, "music");
        beats = List.copyOf(beats);
    }

    /** Whether anything is heard: a speech engine, a voice file or music. */
    public boolean audible() {
        return speech.isPresent() || music.isPresent() || beats.stream().anyMatch(b -> b.file().isPresent());
    }

    /** Every file the sound track is made from, for deciding whether a video is up to date. */
    public List<Path> files() {
        java.util.ArrayList<Path> files = new java.util.ArrayList<>();
        music.ifPresent(m -> files.add(m.file()));
        beats.forEach(b -> b.file().ifPresent(files::add));
        return List.copyOf(files);
    }

    /** A text-to-speech engine. */
    public sealed interface Speech {
        /** Where the engine was named (for a command, the command itself), for messages about running it. */
        Location where();

        /** espeak-ng, installed from Debian's package, speaking with {@code voice} (bn for Bangla). */
        record Espeak(String voice, Location where) implements Speech {
        }

        /** Any program, run with {@code template}'s {text} and {out} filled in; it writes a {@code format} file. */
        record Command(String template, String format, Location where) implements Speech {
        }
    }

    /** Background music at {@code volume} (0 to 1) of the voice's level. */
    public record Music(Path file, double volume, Location where) {
    }

    /**
     * What one beat says: {@code narration} (its caption unless the scene says otherwise; "" for a
     * silent beat), spoken by the engine unless a recorded {@code file} is given.
     */
    public record BeatVoice(String narration, Optional<Path> file, Location where) {
        public BeatVoice {
            Objects.requireNonNull(narration, "narration");
            Objects.requireNonNull(file, "file");
        }

        /** Whether this beat has something to say. */
        public boolean speaks() {
            return file.isPresent() || !narration.isBlank();
        }
    }
}
