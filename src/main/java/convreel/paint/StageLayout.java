package convreel.paint;

import convreel.conv.FeatureMap;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where the step and slide stage sits: the padded input grid, the kernel, the feature map and the
 * worked arithmetic side by side in the stage area above the caption band.
 *
 * @param cell   side of one grid cell in pixels, the same for all three grids
 * @param input  the padded input grid
 * @param kernel the kernel grid
 * @param output the feature-map grid
 * @param math   the panel where products and sums are written out
 * @param gap    space between neighbouring grids; labels may spill half of it on each side
 */
public record StageLayout(double cell, Rectangle2D input, Rectangle2D kernel, Rectangle2D output, Rectangle2D math,
        double gap) {

    public static StageLayout of(PaintContext context, FeatureMap map) {
        Rectangle2D stage = context.stage();
        double width = context.width();
        double labelHeight = Grid.labelHeight(context);
        double gap = width * 0.03;
        double mathWidth = width * 0.24;
        int inputRows = map.padded().rows();
        int inputCols = map.padded().cols();
        int kernelRows = map.kernel().weights().rows();
        int kernelCols = map.kernel().weights().cols();
        int outRows = map.values().rows();
        int outCols = map.values().cols();
        int columns = inputCols + kernelCols + outCols;
        int rows = Math.max(inputRows, Math.max(kernelRows, outRows));
        double cell = Math.min(context.height() * 0.1, Math.min(
                (stage.getWidth() - mathWidth - 4 * gap) / columns,
                (stage.getHeight() - 2 * labelHeight) / rows));

        // Half a gap spare at either end for labels wider than their grid; the block is centred.
        double contentWidth = columns * cell + 3 * gap + mathWidth;
        double x = stage.getX() + (stage.getWidth() - contentWidth) / 2;
        double centerY = stage.getCenterY();
        Rectangle2D input = grid(x, centerY, inputRows, inputCols, cell);
        x = input.getMaxX() + gap;
        Rectangle2D kernel = grid(x, centerY, kernelRows, kernelCols, cell);
        x = kernel.getMaxX() + gap;
        Rectangle2D output = grid(x, centerY, outRows, outCols, cell);
        x = output.getMaxX() + gap;
        double mathHeight = Math.max(rows * cell, cell * 3);
        Rectangle2D math = new Rectangle2D.Double(x, centerY - mathHeight / 2, mathWidth, mathHeight);
        return new StageLayout(cell, input, kernel, output, math, gap);
    }

    private static Rectangle2D grid(double left, double centerY, int rows, int cols, double cell) {
        return new Rectangle2D.Double(left, centerY - rows * cell / 2, cols * cell, rows * cell);
    }

    /** The boxes of the three grids and the arithmetic panel. */
    public List<Rectangle2D> boxes() {
        return List.of(input, kernel, output, math);
    }
}
