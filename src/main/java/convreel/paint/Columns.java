package convreel.paint;

/** Lays blocks of given widths side by side, centred as a group between {@code left} and {@code right}. */
final class Columns {
    private Columns() {
    }

    /** The left edge of each block, with {@code gap} between neighbours. */
    static double[] centred(double left, double right, double gap, double... widths) {
        double total = gap * (widths.length - 1);
        for (double w : widths) {
            total += w;
        }
        double[] xs = new double[widths.length];
        double x = (left + right - total) / 2;
        for (int i = 0; i < widths.length; i++) {
            xs[i] = x;
            x += widths[i] + gap;
        }
        return xs;
    }
}
