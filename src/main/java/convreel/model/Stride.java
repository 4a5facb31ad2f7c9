package convreel.model;

/** How many cells the window moves per step, down ({@code rows}) and across ({@code cols}). */
public record Stride(int rows, int cols) {
    public Stride {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("stride must be at least 1, got " + rows + "×" + cols);
        }
    }

    public static Stride of(int both) {
        return new Stride(both, both);
    }
}
