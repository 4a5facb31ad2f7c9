package convreel.timeline;

import java.util.Objects;

/**
 * Where the camera looks on one frame: {@code zoom} times closer than the whole stage, its centre
 * {@code toward} of the way from the stage's centre to the {@code focus}. The painter applies it to
 * the stage only; the caption band never moves.
 */
public record Camera(double zoom, Focus focus, double toward) {

    public Camera {
        Objects.requireNonNull(focus, "focus");
        if (!(zoom >= 1) || !(toward >= 0 && toward <= 1)) {
            throw new IllegalArgumentException("zoom ≥ 1 and toward in [0, 1], got " + zoom + ", " + toward);
        }
    }

    /** What the camera moves in on. */
    public enum Focus {
        /** The middle of the stage: a push while the viewer reads. */
        STAGE,
        /** The sliding window at work. */
        WINDOW
    }

    public boolean still() {
        return zoom == 1 && toward == 0;
    }

    /** The camera part way ({@code t}) from {@code from} to this one; the focus is this one's. */
    public Camera from(Camera from, double t) {
        double toward = from.focus == focus ? from.toward + (this.toward - from.toward) * t : this.toward * t;
        return new Camera(from.zoom + (zoom - from.zoom) * t, focus, toward);
    }
}
