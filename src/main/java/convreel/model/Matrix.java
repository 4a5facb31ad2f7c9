package convreel.model;

import java.util.Arrays;

/**
 * An immutable rectangular matrix of numbers with value equality: the input image, a kernel's
 * weights, a feature map. Rows and columns are counted from zero, top-left first.
 */
public final class Matrix {
    private final int rows;
    private final int cols;
    private final double[] cells;

    private Matrix(int rows, int cols, double[] cells) {
        this.rows = rows;
        this.cols = cols;
        this.cells = cells;
    }

    /** Copies {@code values}; rejects empty and ragged input. */
    public static Matrix of(double[][] values) {
        if (values.length == 0 || values[0].length == 0) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column");
        }
        int cols = values[0].length;
        double[] cells = new double[values.length * cols];
        for (int r = 0; r < values.length; r++) {
            if (values[r].length != cols) {
                throw new IllegalArgumentException(
                        "row " + (r + 1) + " has " + values[r].length + " values but row 1 has " + cols);
            }
            System.arraycopy(values[r], 0, cells, r * cols, cols);
        }
        return new Matrix(values.length, cols, cells);
    }

    /** A matrix whose cell (r, c) is {@code cell.at(r, c)}. */
    public static Matrix generate(int rows, int cols, CellFunction cell) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a matrix needs at least one row and one column, got " + rows + "×" + cols);
        }
        double[] cells = new double[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r * cols + c] = cell.at(r, c);
            }
        }
        return new Matrix(rows, cols, cells);
    }

    /** The value of one cell, given its position. */
    @FunctionalInterface
    public interface CellFunction {
        double at(int row, int col);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") outside " + rows + "×" + cols);
        }
        return cells[row * cols + col];
    }

    /** The smallest and largest cell value, as {@code {min, max}}. */
    public double[] range() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : cells) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    public double[][] toArray() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(cells, r * cols, (r + 1) * cols);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return Arrays.deepToString(toArray());
    }
}
