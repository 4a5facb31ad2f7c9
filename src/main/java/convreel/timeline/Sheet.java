package convreel.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A cue sheet: when the cues of a beat run, written with a handful of combinators, as Manim's
 * {@code AnimationGroup} and Motion Canvas's {@code all}/{@code sequence}/{@code chain} write it:
 * {@link #cue} one cue, {@link #together} side by side, {@link #sequence} one after another,
 * {@link #lagged} each member starting part way through the one before, {@link #hold} a wait.
 *
 * <p>Durations are nominal seconds. {@link #resolve} turns the sheet, once and up front, into an
 * absolute (start, end) per cue within a beat: the whole sheet stretched (or squeezed) to the beat's
 * length, as a beat stretched to fit its narration plays its animation slower, never cut. A cue can
 * be pinned to a second of the beat (an anchor, where the narration says so); what follows it in a
 * sequence moves with it.
 */
public sealed interface Sheet {

    /** The sheet's nominal length in seconds. */
    double length();

    /** One cue, {@link Easing#OUT} over 0.6 s, from 0 to 1. */
    static Play cue(Cue cue) {
        return new Play(CueKey.of(cue), 0.6, Easing.OUT, 0, 1);
    }

    /** Member {@code index} of a group of cues. */
    static Play cue(Cue cue, int index) {
        return new Play(new CueKey(cue, index), 0.6, Easing.OUT, 0, 1);
    }

    /** All at once; the group ends with its longest member. */
    static Sheet together(List<? extends Sheet> members) {
        return new Together(List.copyOf(members));
    }

    static Sheet together(Sheet... members) {
        return together(List.of(members));
    }

    /** One after another. */
    static Sheet sequence(List<? extends Sheet> members) {
        return new Sequence(List.copyOf(members));
    }

    static Sheet sequence(Sheet... members) {
        return sequence(List.of(members));
    }

    /**
     * Each member starts when the one before is {@code ratio} of the way through (Manim's
     * {@code lag_ratio}): 0 is {@link #together}, 1 is {@link #sequence}.
     */
    static Sheet lagged(double ratio, List<? extends Sheet> members) {
        if (!(ratio >= 0)) {
            throw new IllegalArgumentException("a lag ratio is 0 or more, got " + ratio);
        }
        return new Lagged(List.copyOf(members), ratio, 0);
    }

    /** Each member starts {@code seconds} after the one before. */
    static Sheet laggedBy(double seconds, List<? extends Sheet> members) {
        if (!(seconds >= 0)) {
            throw new IllegalArgumentException("a lag is 0 seconds or more, got " + seconds);
        }
        return new Lagged(List.copyOf(members), 0, seconds);
    }

    /** Nothing new for {@code seconds}: the viewer reads. */
    static Sheet hold(double seconds) {
        return new Hold(seconds);
    }

    /**
     * One cue running for {@code seconds} with {@code easing}, its value going from {@code from} to
     * {@code to}.
     */
    record Play(CueKey key, double seconds, Easing easing, double from, double to) implements Sheet {
        public Play {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(easing, "easing");
            requireSeconds(seconds);
        }

        public Play lasting(double seconds) {
            return new Play(key, seconds, easing, from, to);
        }

        public Play eased(Easing easing) {
            return new Play(key, seconds, easing, from, to);
        }

        /** The value goes from {@code from} to {@code to} instead of 0 to 1. */
        public Play between(double from, double to) {
            return new Play(key, seconds, easing, from, to);
        }

        @Override
        public double length() {
            return seconds;
        }
    }

    record Hold(double seconds) implements Sheet {
        public Hold {
            requireSeconds(seconds);
        }

        @Override
        public double length() {
            return seconds;
        }
    }

    record Together(List<Sheet> members) implements Sheet {
        @Override
        public double length() {
            return members.stream().mapToDouble(Sheet::length).max().orElse(0);
        }
    }

    record Sequence(List<Sheet> members) implements Sheet {
        @Override
        public double length() {
            return members.stream().mapToDouble(Sheet::length).sum();
        }
    }

    /** Members each starting {@code ratio} of the way through the one before, plus {@code seconds}. */
    record Lagged(List<Sheet> members, double ratio, double seconds) implements Sheet {
        @Override
        public double length() {
            double start = 0;
            double end = 0;
            for (Sheet member : members) {
                end = Math.max(end, start + member.length());
                start += ratio * member.length() + seconds;
            }
            return end;
        }
    }

    private static void requireSeconds(double seconds) {
        if (!(seconds >= 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("a cue lasts 0 seconds or more, got " + seconds);
        }
    }

    /**
     * The sheet laid out in a beat whose last frame is {@code seconds} after its first: every duration
     * scaled so the sheet fills the beat, then each cue in {@code anchors} started at its second of
     * the beat instead, the cues after it in its sequence following on. Times past the beat's end
     * are brought back to it, so every cue has its end value on the beat's last frame.
     *
     * @throws IllegalArgumentException if a cue appears twice, or an anchor names a cue not on the sheet
     */
    default CueTimes resolve(double seconds, Map<CueKey, Double> anchors) {
        double length = length();
        double scale = length <= 0 ? 0 : seconds / length;
        Map<CueKey, CueTimes.Timed> timed = new LinkedHashMap<>();
        Set<CueKey> seen = new HashSet<>();
        new Resolver(scale, seconds, anchors, timed, seen).place(this, 0);
        List<String> unknown = new ArrayList<>();
        for (CueKey key : anchors.keySet()) {
            if (!timed.containsKey(key)) {
                unknown.add(key.name());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no cue " + String.join(", ", unknown) + " in this beat; its cues are "
                    + String.join(", ", timed.keySet().stream().map(CueKey::name).toList()));
        }
        return new CueTimes(seconds, timed);
    }

    /** Walks a sheet, placing each cue; {@code place} returns the (start, end) the node took. */
    final class Resolver {
        private final double scale;
        private final double limit;
        private final Map<CueKey, Double> anchors;
        private final Map<CueKey, CueTimes.Timed> timed;
        private final Set<CueKey> seen;

        private Resolver(double scale, double limit, Map<CueKey, Double> anchors, Map<CueKey, CueTimes.Timed> timed,
                Set<CueKey> seen) {
            this.scale = scale;
            this.limit = limit;
            this.anchors = anchors;
            this.timed = timed;
            this.seen = seen;
        }

        private double[] place(Sheet sheet, double start) {
            if (sheet instanceof Play play) {
                if (!seen.add(play.key())) {
                    throw new IllegalArgumentException("cue " + play.key().name() + " appears twice on one sheet");
                }
                double from = anchors.getOrDefault(play.key(), start);
                double to = from + play.seconds() * scale;
                timed.put(play.key(), new CueTimes.Timed(clamp(from), clamp(to), play.easing(), play.from(), play.to()));
                return new double[] {from, to};
            }
            if (sheet instanceof Hold hold) {
                return new double[] {start, start + hold.seconds() * scale};
            }
            List<Sheet> members = sheet instanceof Together t ? t.members()
                    : sheet instanceof Sequence s ? s.members() : ((Lagged) sheet).members();
            double first = Double.POSITIVE_INFINITY;
            double end = start;
            double cursor = start;
            for (int i = 0; i < members.size(); i++) {
                Sheet member = members.get(i);
                Resolver resolver = sheet instanceof Sequence ? leadingUpTo((Sequence) sheet, i, cursor) : this;
                double[] span = resolver.place(member, cursor);
                first = Math.min(first, span[0]);
                end = Math.max(end, span[1]);
                if (sheet instanceof Sequence) {
                    cursor = span[1];
                } else if (sheet instanceof Lagged lagged) {
                    cursor = span[0] + lagged.ratio() * (span[1] - span[0]) + lagged.seconds() * scale;
                }
            }
            return new double[] {members.isEmpty() ? start : first, end};
        }

        /**
         * How to place member {@code i} of {@code sequence}, starting at {@code cursor}: as the sheet
         * says, unless a later member is a cue pinned earlier than the members before it would end.
         * Then the members up to it are squeezed to end where it starts, so what leads up to a cue
         * (the map appearing before its cells change) is done when the voice starts it.
         */
        private Resolver leadingUpTo(Sequence sequence, int i, double cursor) {
            List<Sheet> members = sequence.members();
            double natural = 0;
            for (int j = i; j < members.size(); j++) {
                if (members.get(j) instanceof Play play && anchors.containsKey(play.key())) {
                    double room = anchors.get(play.key()) - cursor;
                    if (j == i || natural <= room) {
                        return this;
                    }
                    return new Resolver(scale * Math.max(0, room) / natural, limit, anchors, timed, seen);
                }
                natural += members.get(j).length() * scale;
            }
            return this;
        }

        private double clamp(double t) {
            return Math.max(0, Math.min(limit, t));
        }
    }
}
