package convreel.model;

import java.util.Objects;

/**
 * One narration beat: a Bangla caption for a number of seconds while the frame shows one kind of
 * picture, its {@link Show}. The caption may be empty (a beat without text); what is said lives in
 * the scene's {@link Voiceover}, one entry per beat.
 */
public record Beat(String caption, double seconds, Show show) {
    public Beat {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(show, "show");
        if (!(seconds > 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("a beat lasts a positive number of seconds, got " + seconds);
        }
    }
}
