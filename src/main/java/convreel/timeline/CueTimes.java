package convreel.timeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A beat's cue sheet resolved: each cue's start and end in seconds from the beat's first frame, its
 * easing and values. {@link #value} is what a frame at a given second shows; from the cue's end on it
 * is exactly the end value.
 *
 * @param seconds the time of the beat's last frame, from its first
 * @param cues    the cues in the order the sheet lists them
 */
public record CueTimes(double seconds, Map<CueKey, Timed> cues) {

    public CueTimes {
        cues = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cues));
    }

    /** When one cue runs and what it does. */
    public record Timed(double start, double end, Easing easing, double from, double to) {
        public Timed {
            Objects.requireNonNull(easing, "easing");
        }

        double value(double t) {
            if (t >= end) {
                return to;
            }
            if (t <= start) {
                return from;
            }
            return from + (to - from) * easing.apply((t - start) / (end - start));
        }
    }

    /** The value of {@code key} at {@code t} seconds into the beat. */
    public double value(CueKey key, double t) {
        Timed timed = cues.get(key);
        if (timed == null) {
            throw new IllegalArgumentException("this beat has no cue " + key.name() + "; it has " + cues.keySet());
        }
        return timed.value(t);
    }

    public boolean has(CueKey key) {
        return cues.containsKey(key);
    }

    public Timed timed(CueKey key) {
        return cues.get(key);
    }
}
