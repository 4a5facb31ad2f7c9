package convreel.paint;

import convreel.timeline.Actor;
import convreel.timeline.Transition;
import java.awt.geom.AffineTransform;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One side of a change of beat, as the canvas sees it: whether it paints the picture that leaves or
 * the one that arrives, which actors the two share, where each shared actor is on this frame, and
 * what each cell of it showed when the old beat ended, so a number that changes dips (the old one
 * out, then the new one in) rather than two values sitting in one cell. A third kind of casting
 * only notes what the old picture's actors show.
 */
final class Casting {
    private final Kind kind;
    private final double progress;
    private final Set<Actor> shared;
    private final Map<Actor, AffineTransform> morphs;
    private final Map<Actor, Map<Long, String>> shown;
    /** The labels of the other side (what a logging casting noted), per actor and slot ("label", "footnote"). */
    private final Map<Actor, Map<String, String>> labels;

    private enum Kind { LEAVING, ARRIVING, LOGGING }

    private Casting(Kind kind, double progress, Set<Actor> shared, Map<Actor, AffineTransform> morphs,
            Map<Actor, Map<Long, String>> shown, Map<Actor, Map<String, String>> labels) {
        this.kind = kind;
        this.progress = progress;
        this.shared = shared;
        this.morphs = morphs;
        this.shown = shown;
        this.labels = labels;
    }

    /**
     * The leaving picture: its shared actors are not drawn, except a label the new picture changes,
     * which fades out moving with its actor by {@code morphs} (from the old place towards the new).
     */
    static Casting leaving(Transition transition, Map<Actor, AffineTransform> morphs, Casting after) {
        return new Casting(Kind.LEAVING, transition.progress(), transition.shared(), morphs, Map.of(), after.labels);
    }

    /**
     * The arriving picture: shared actors moved by {@code morphs} (from the new place back towards the
     * old), their cells and labels compared with what {@code before} noted.
     */
    static Casting arriving(Transition transition, Map<Actor, AffineTransform> morphs, Casting before) {
        return new Casting(Kind.ARRIVING, transition.progress(), transition.shared(), morphs, before.shown, before.labels);
    }

    /** Notes every visible number and label of every actor, drawing as usual. */
    static Casting logging() {
        return new Casting(Kind.LOGGING, 1, Set.of(), Map.of(), new HashMap<>(), new HashMap<>());
    }

    boolean shares(Actor actor) {
        return shared.contains(actor);
    }

    boolean leaving() {
        return kind == Kind.LEAVING;
    }

    double progress() {
        return progress;
    }

    AffineTransform morph(Actor actor) {
        return morphs.get(actor);
    }

    String before(Actor actor, int row, int col) {
        if (kind != Kind.ARRIVING) {
            return null;
        }
        Map<Long, String> cells = shown.get(actor);
        return cells == null ? null : cells.get(key(row, col));
    }

    void log(Actor actor, int row, int col, String text) {
        if (kind == Kind.LOGGING) {
            shown.computeIfAbsent(actor, a -> new HashMap<>()).put(key(row, col), text);
        }
    }

    void logLabel(Actor actor, String slot, String text) {
        if (kind == Kind.LOGGING) {
            labels.computeIfAbsent(actor, a -> new HashMap<>()).put(slot, text);
        }
    }

    /** The other side's {@code slot} label of {@code actor}, or {@code null}. */
    String label(Actor actor, String slot) {
        Map<String, String> slots = labels.get(actor);
        return slots == null ? null : slots.get(slot);
    }

    /** Opacity of a label this side has and the other does not. */
    double labelAlpha() {
        return kind == Kind.LEAVING ? Math.max(0, 1 - 2 * progress) : Math.max(0, 2 * progress - 1);
    }

    private static long key(int row, int col) {
        return ((long) row << 32) | (col & 0xffffffffL);
    }
}
