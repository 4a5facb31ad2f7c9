package convreel.timeline;

import java.util.Objects;
import java.util.Set;

/**
 * How one beat moves: its cue sheet, the actors it shows, and how close its camera goes when the
 * sheet zooms in ({@link Cue#ZOOM_IN}) and on what.
 *
 * @param sheet the cue sheet
 * @param cast  the actors the beat shows
 * @param zoom  the camera's zoom at the height of a {@link Cue#ZOOM_IN}
 * @param focus what the camera zooms in on
 * @param pass  the window positions a stage pass works out, or {@code null} for a beat without one
 */
public record Direction(Sheet sheet, Set<Actor> cast, double zoom, Camera.Focus focus, Pass pass) {

    public Direction {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(focus, "focus");
        cast = Set.copyOf(cast);
    }

    /**
     * The window positions (in reading order) a beat works out: {@code first} up to {@code last};
     * those before {@code first} are done already, {@code first} itself too if {@code firstDone}.
     */
    public record Pass(int first, int last, boolean firstDone) {
    }
}
