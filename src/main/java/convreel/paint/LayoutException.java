package convreel.paint;

import java.util.OptionalInt;

/**
 * A beat whose picture cannot be laid out in its frame: what the scene asks the beat to show does
 * not fit (a kernel too large for a step's arithmetic, say). The scene's doing, not a fault of the
 * program, so the command line reports it as a scene error at the beat.
 */
public class LayoutException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int beatIndex;

    LayoutException(String problem) {
        super(problem);
        this.beatIndex = -1;
    }

    private LayoutException(int beatIndex, LayoutException within) {
        super(within.getMessage(), within);
        this.beatIndex = beatIndex;
    }

    /** The same problem, known to be in beat {@code index} (from 0). */
    LayoutException inBeat(int index) {
        return new LayoutException(index, this);
    }

    /** The beat that does not fit, from 0, once the painter knows which. */
    public OptionalInt beatIndex() {
        return beatIndex < 0 ? OptionalInt.empty() : OptionalInt.of(beatIndex);
    }
}
