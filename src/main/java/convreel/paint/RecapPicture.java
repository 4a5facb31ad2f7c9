package convreel.paint;

import convreel.timeline.Actor;
import convreel.timeline.Cue;
import convreel.timeline.FrameState;
import java.awt.geom.Rectangle2D;
import java.util.Map;

/**
 * A table that sums up the comparison before it, drawn as that comparison, held as it ended, with
 * each row's conclusion appearing under the panel it is about: the viewer keeps the picture in view
 * while the voice reads the conclusions, and the change of beat changes nothing on screen but the
 * caption.
 */
final class RecapPicture implements BeatPicture {
    private final Comparison comparison;

    RecapPicture(Comparison comparison) {
        if (!comparison.showsTakeaways()) {
            throw new IllegalArgumentException("the comparison kept no room for takeaways");
        }
        this.comparison = comparison;
    }

    @Override
    public void paint(Canvas canvas, FrameState state) {
        comparison.paint(canvas, state.previous());
        comparison.paintTakeaways(canvas, row -> state.cue(Cue.ROW, row));
    }

    @Override
    public boolean continues(BeatPicture before) {
        return before == comparison;
    }

    @Override
    public Map<Actor, Rectangle2D> actors() {
        return comparison.actors();
    }
}
