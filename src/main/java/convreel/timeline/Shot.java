package convreel.timeline;

import convreel.conv.Window;
import convreel.model.Cell;
import java.util.Objects;

/**
 * What the stage shows on one frame, with every animated quantity already resolved for that frame.
 * A painter draws a shot without knowing about time.
 *
 * @param window         where the highlighted window sits, or {@code null} when none is drawn
 * @param math           the window whose products and sum are written out, or {@code null}
 * @param productsShown  how many products are visible, fractional while the next one fades in
 * @param sumShown       opacity of the sum line, 0 to 1
 * @param reveal         which feature-map cells show their value
 * @param activation     0 shows the raw feature map, 1 the activated one; in between it changes
 */
public record Shot(WindowPose window, Window math, double productsShown, double sumShown, Reveal reveal, double activation) {

    public Shot {
        Objects.requireNonNull(reveal, "reveal");
    }

    /** Which output cells show their value, and how strongly. */
    public sealed interface Reveal permits Reveal.Single, Reveal.Prefix {

        /** Opacity of cell {@code cell}'s value in an output map {@code cols} wide. */
        double alpha(Cell cell, int cols);

        /** One cell only, fading in: the step beat. */
        record Single(Cell cell, double alpha) implements Reveal {
            @Override
            public double alpha(Cell other, int cols) {
                return other.equals(cell) ? alpha : 0;
            }
        }

        /** Every cell before {@code count} in reading order, the next one fading in: the slide beat. */
        record Prefix(int count, double nextAlpha) implements Reveal {
            @Override
            public double alpha(Cell cell, int cols) {
                int index = cell.row() * cols + cell.col();
                return index < count ? 1 : index == count ? nextAlpha : 0;
            }
        }
    }
}
