package convreel.model;

/** A zero-based (row, column) position in a matrix. */
public record Cell(int row, int col) {
    public Cell {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("a cell position cannot be negative, got [" + row + ", " + col + "]");
        }
    }
}
