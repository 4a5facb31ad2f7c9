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
     * silent beat), spoken by the engine unless a recorded {@code file} is given. The narration may be
     * split into {@code phrases}, each spoken as a clip of its own so that the moment it starts is
     * known exactly; a phrase may name the cue of the beat's animation that starts with it. A recorded
     * file names its cues by the second they start at instead ({@code marks}).
     *
     * @param narration the whole text said, the phrases joined by spaces
     * @param phrases   the narration in the pieces it is spoken in; empty for a silent beat
     * @param file      a recorded voice, instead of the engine
     * @param marks     for a recorded voice, the cues it starts and when
     */
    public record BeatVoice(String narration, List<Phrase> phrases, Optional<Path> file, List<Mark> marks, Location where) {
        public BeatVoice {
            Objects.requireNonNull(narration, "narration");
            phrases = List.copyOf(phrases);
            Objects.requireNonNull(file, "file");
            marks = List.copyOf(marks);
        }

        /** A beat that says {@code narration} in one piece, starting no cue. */
        public static BeatVoice of(String narration, Optional<Path> file, Location where) {
            List<Phrase> phrases = narration.isBlank() ? List.of() : List.of(new Phrase(narration, Optional.empty(), where));
            return new BeatVoice(narration, phrases, file, List.of(), where);
        }

        /** Whether this beat has something to say. */
        public boolean speaks() {
            return file.isPresent() || !narration.isBlank();
        }
    }

    /**
     * One piece of a beat's narration, spoken as its own clip.
     *
     * @param cue   the name of the animation cue that starts when this phrase starts, if any
     * @param where where the phrase is written: its cue's name, if it names one
     */
    public record Phrase(String text, Optional<String> cue, Location where) {
        public Phrase {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(cue, "cue");
        }
    }

    /** A cue of the beat's animation that starts {@code seconds} into a recorded voice file. */
    public record Mark(String cue, double seconds, Location where) {
        public Mark {
            Objects.requireNonNull(cue, "cue");
            if (!(seconds >= 0)) {
                throw new IllegalArgumentException("a cue starts 0 s or more into the voice, got " + seconds);
            }
        }
    }
}
