package convreel.timeline;

import convreel.conv.Window;
import convreel.model.Cell;

/**
 * What a stage with the sliding window shows on one frame, with every animated quantity already
 * resolved for that frame. A painter draws a shot without knowing about time.
 *
 * @param pose          where the highlighted window sits, part way between positions while it moves
 * @param window        the window position whose products and sum are written out
 * @param productsShown how many products are visible, fractional while the next one fades in; the
 *                      kernel cell and image cell of the one appearing are lit together
 * @param sumShown      opacity of the sum line, 0 to 1
 * @param filled        how many feature-map cells, in reading order, hold their value
 * @param landing       how far the sum has flown from the arithmetic into cell {@code filled}, 0 to 1;
 *                      at 1 it is there and the cell holds it
 */
public record Shot(WindowPose pose, Window window, double productsShown, double sumShown, int filled, double landing) {

    /** Opacity of cell {@code cell}'s value in an output map {@code cols} wide. */
    public double alpha(Cell cell, int cols) {
        int index = cell.row() * cols + cell.col();
        return index < filled || (index == filled && landing >= 1) ? 1 : 0;
    }

    /** Whether cell {@code cell} is the one the sum is flying into. */
    public boolean landingIn(Cell cell, int cols) {
        return cell.row() * cols + cell.col() == filled && landing > 0 && landing < 1;
    }
}
