package convreel.paint;

import convreel.conv.FeatureMap;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where everything sits on a 16:9 frame: the padded input grid, the kernel, the feature map and the
 * worked arithmetic side by side above the caption band, all inside the title-safe area.
 *
 * @param safe    the title-safe area (5% in from every edge); nothing is drawn outside it
 * @param cell    side of one grid cell in pixels, the same for all three grids
 * @param input   the padded input grid
 * @param kernel  the kernel grid
 * @param output  the feature-map grid
 * @param math    the panel where products and sums are written out
 * @param caption the band the Bangla caption is wrapped into
 * @param labelHeight height of the label line above each grid
 * @param gap     space between neighbouring grids; labels may spill half of it on each side
 */
public record StageLayout(
        Rectangle2D safe,
        double cell,
        Rectangle2D input,
        Rectangle2D kernel,
        Rectangle2D output,
        Rectangle2D math,
        Rectangle2D caption,
        double labelHeight,
        double gap) {

    public static StageLayout of(int width, int height, Theme theme, FeatureMap map) {
        Rectangle2D safe = new Rectangle2D.Double(width * 0.05, height * 0.05, width * 0.9, height * 0.9);
        Rectangle2D caption = new Rectangle2D.Double(safe.getX(), height * 0.77, safe.getWidth(), safe.getMaxY() - height * 0.77);
        double labelHeight = theme.labelSize() * height * 1.6;
        double stageTop = safe.getY();
        double stageBottom = caption.getY() - height * 0.03;
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
        double cell = Math.min(height * 0.1, Math.min(
                (safe.getWidth() - mathWidth - 4 * gap) / columns,
                (stageBottom - stageTop - 2 * labelHeight) / rows));

        // A label line above and below the grids, half a gap spare at either end for labels that
        // are wider than their grid; the whole block is centred in the stage.
        double contentWidth = columns * cell + 3 * gap + mathWidth;
        double x = safe.getX() + (safe.getWidth() - contentWidth) / 2;
        double centerY = (stageTop + stageBottom) / 2;
        Rectangle2D input = grid(x, centerY, inputRows, inputCols, cell);
        x = input.getMaxX() + gap;
        Rectangle2D kernel = grid(x, centerY, kernelRows, kernelCols, cell);
        x = kernel.getMaxX() + gap;
        Rectangle2D output = grid(x, centerY, outRows, outCols, cell);
        x = output.getMaxX() + gap;
        double mathHeight = Math.max(rows * cell, cell * 3);
        Rectangle2D math = new Rectangle2D.Double(x, centerY - mathHeight / 2, mathWidth, mathHeight);
        return new StageLayout(safe, cell, input, kernel, output, math, caption, labelHeight, gap);
    }

    private static Rectangle2D grid(double left, double centerY, int rows, int cols, double cell) {
        return new Rectangle2D.Double(left, centerY - rows * cell / 2, cols * cell, rows * cell);
    }

    /** The widest a label above or below {@code grid} may be: the grid and half a gap either side. */
    public double labelWidth(Rectangle2D grid) {
        return grid.getWidth() + gap * 0.95;
    }

    /** A grid with the room its labels may take, above, below and to the sides. */
    public Rectangle2D withLabels(Rectangle2D grid) {
        double spill = (labelWidth(grid) - grid.getWidth()) / 2;
        return new Rectangle2D.Double(grid.getX() - spill, grid.getY() - labelHeight,
                grid.getWidth() + 2 * spill, grid.getHeight() + 2 * labelHeight);
    }

    /** The boxes that must stay inside {@link #safe()} and apart from each other. */
    public List<Rectangle2D> boxes() {
        return List.of(withLabels(input), withLabels(kernel), withLabels(output), math, caption);
    }
}
