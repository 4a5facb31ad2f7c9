package convreel.conv;

import convreel.model.Cell;
import convreel.model.Matrix;

/**
 * The kernel placed at one output cell: where it sits on the padded image, the element-wise
 * products under it, their sum, the sum plus bias, and that value after the activation.
 *
 * @param output   the output cell this window produces
 * @param top      the padded-image row of the window's top-left cell
 * @param left     the padded-image column of the window's top-left cell
 * @param inputs   the padded-image values under the window
 * @param products {@code inputs × kernel}, cell by cell
 */
public record Window(Cell output, int top, int left, Matrix inputs, Matrix products, double sum, double biased, double activated) {
}
