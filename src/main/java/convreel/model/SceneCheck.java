package convreel.model;

import java.util.Optional;

/**
 * A check of a whole scene that needs more than the scene file itself, such as whether every beat
 * can be drawn in every format. The layers above the model implement it; the loader runs it on
 * each scene it reads and reports a problem at the beat's line in the file, so a scene that loads
 * is a scene that renders.
 */
@FunctionalInterface
public interface SceneCheck {
    /** Checks nothing. */
    SceneCheck NONE = scene -> Optional.empty();

    /** The first problem found with {@code scene}, or empty if it has none. */
    Optional<Problem> firstProblem(Scene scene);

    /** The part of a beat a problem is about, so the message can point at its line. */
    enum Part {
        /** What the beat shows: points at its {@code show:}. */
        PICTURE,
        /** The beat's caption: points at its {@code caption:}. */
        CAPTION
    }

    /**
     * What is wrong with one beat.
     *
     * @param beat    the beat's index in the scene, from 0
     * @param part    the part of the beat it is about
     * @param problem what is wrong, e.g. {@code beat 3 (step) does not fit the shorts frame}
     * @param hint    what would be right
     */
    record Problem(int beat, Part part, String problem, String hint) {
    }
}
