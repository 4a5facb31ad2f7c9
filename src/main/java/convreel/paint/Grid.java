package convreel.paint;

import convreel.model.Matrix;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A matrix drawn as square cells with its numbers: the input image, a kernel, a feature map. How
 * each cell looks is asked of a {@link Look}, so one drawing routine serves every grid. A number
 * takes the format's share of its cell; on a phone format a grid too small for its numbers to read
 * leaves them out, and shows its values as colours or grey pixels instead.
 */
public final class Grid {
    /** The share of a cell's width its number may take, leaving a margin to the cell's edges. */
    private static final double ROOM = 0.9;

    private final PaintContext context;
    private final Rectangle2D box;
    private final double cell;

    public Grid(PaintContext context, Rectangle2D box, double cell) {
        this.context = context;
        this.box = box;
        this.cell = cell;
    }

    /** A grid of {@code rows}×{@code cols} cells of side {@code cell}, its top-left corner at (x, y). */
    public static Grid at(PaintContext context, double x, double y, int rows, int cols, double cell) {
        return new Grid(context, new Rectangle2D.Double(x, y, cols * cell, rows * cell), cell);
    }

    /** How one cell is drawn: its fill, the colour of its number, and the number's opacity. */
    public interface Look {
        Color fill(int row, int col);

        Color ink(int row, int col);

        /** 0 hides the number, 1 shows it fully. */
        default double textAlpha(int row, int col) {
            return 1;
        }

        /**
         * Values as grey levels, the largest white and the smallest black, numbers hidden: an
         * image as its pixels, a kernel as the little picture of the pattern it looks for.
         */
        static Look pixels(Matrix values) {
            double[] range = values.range();
            return new Look() {
                @Override
                public Color fill(int row, int col) {
                    double span = range[1] - range[0];
                    double t = span == 0 ? 0.5 : (values.get(row, col) - range[0]) / span;
                    int level = (int) Math.round(25 + t * 215);
                    return new Color(level, level, level);
                }

                @Override
                public Color ink(int row, int col) {
                    return Color.WHITE;
                }

                @Override
                public double textAlpha(int row, int col) {
                    return 0;
                }
            };
        }

        /** Every cell the same fill and ink. */
        static Look uniform(Color fill, Color ink) {
            return new Look() {
                @Override
                public Color fill(int row, int col) {
                    return fill;
                }

                @Override
                public Color ink(int row, int col) {
                    return ink;
                }
            };
        }
    }

    public Rectangle2D box() {
        return box;
    }

    public double cell() {
        return cell;
    }

    /** The square of cell (row, col). */
    public Rectangle2D square(int row, int col) {
        return new Rectangle2D.Double(box.getX() + col * cell, box.getY() + row * cell, cell, cell);
    }

    /** Draws every cell of {@code values}, each number in its cell; the grid is one block in the layout record. */
    public void draw(Canvas canvas, Matrix values, Look look, String role) {
        cells(canvas, values, look, role);
        numbers(canvas, values, look);
    }

    /**
     * Draws the cells without their numbers, for pictures that draw something between the two
     * (a window's path goes over the cells but under the numbers, which stay readable).
     */
    public void cells(Canvas canvas, Matrix values, Look look, String role) {
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.cols(); c++) {
                canvas.fill(square(r, c), look.fill(r, c), 1);
            }
        }
        // Every line of the grid in one stroke: drawn cell by cell, the outlines cost most of a grid's time.
        Path2D.Double lines = new Path2D.Double();
        double right = box.getX() + values.cols() * cell;
        double bottom = box.getY() + values.rows() * cell;
        for (int r = 0; r <= values.rows(); r++) {
            lines.moveTo(box.getX(), box.getY() + r * cell);
            lines.lineTo(right, box.getY() + r * cell);
        }
        for (int c = 0; c <= values.cols(); c++) {
            lines.moveTo(box.getX() + c * cell, box.getY());
            lines.lineTo(box.getX() + c * cell, bottom);
        }
        canvas.stroke(lines, context.theme().gridLine(), (float) Math.max(1, cell * 0.02), 1);
        canvas.block(box, role, 1);
    }

    /** Writes every number of {@code values} in its cell. */
    public void numbers(Canvas canvas, Matrix values, Look look) {
        for (int r = 0; r < values.rows(); r++) {
            for (int c = 0; c < values.cols(); c++) {
                number(canvas, r, c, context.numbers().format(values.get(r, c)), look.ink(r, c), look.textAlpha(r, c));
            }
        }
    }

    /** Whether this grid's numbers are written: always on landscape, on a phone format only when they read. */
    public boolean showsNumbers() {
        return !context.geometry().hidesSmallNumbers() || cell >= smallestCell(context) - 1e-6;
    }

    /** {@code look}, or, when this grid's numbers are left out, its values as grey pixels: an image, not blank cells. */
    public Look orPixels(Look look, Matrix values) {
        return showsNumbers() ? look : Look.pixels(values);
    }

    /**
     * Writes {@code text} in the middle of cell (row, col), if the grid shows its numbers: at the
     * format's share of the cell, or smaller if that would be wider than the cell, so a long number
     * never spills into its neighbours.
     */
    public void number(Canvas canvas, int row, int col, String text, Color ink, double alpha) {
        if (!showsNumbers()) {
            return;
        }
        // While a beat takes over, a cell whose number changes dips: the old one out, then the new in.
        String before = canvas.before(row, col);
        canvas.shows(row, col, text, alpha);
        if (before != null && !before.equals(text)) {
            double change = canvas.change();
            write(canvas, row, col, before, ink, Math.max(0, 1 - 2 * change));
            write(canvas, row, col, text, ink, alpha * Math.max(0, 2 * change - 1));
            return;
        }
        write(canvas, row, col, text, ink, alpha);
    }

    /** Writes {@code text} centred in its cell, shrunk if it would be wider than the cell's room. */
    private void write(Canvas canvas, int row, int col, String text, Color ink, double alpha) {
        float size = (float) (cell * context.geometry().numberShare());
        ShapedText shaped = context.shaper().line(text, new TextStyle(size, false));
        double room = cell * ROOM;
        if (shaped.width() > room) {
            shaped = context.shaper().line(text, new TextStyle((float) (size * room / shaped.width()), false));
        }
        Rectangle2D square = square(row, col);
        canvas.textCentered(shaped, square.getCenterX(), square.getCenterY(), ink, alpha, null);
    }

    /** A rounded outline around cell (row, col), for the cell being worked on. */
    public void outline(Canvas canvas, int row, int col, Color color, double alpha) {
        Rectangle2D square = square(row, col);
        canvas.stroke(new RoundRectangle2D.Double(square.getX(), square.getY(), cell, cell, cell * 0.12, cell * 0.12),
                color, (float) (cell * 0.06), alpha);
    }

    /**
     * A label centred above the grid, shrunk if needed to fit the grid's width plus {@code spill}
     * each side. A label of two lines (split with a newline) rises so its last line sits where a
     * one-line label would.
     */
    public void label(Canvas canvas, String text, double spill, double alpha) {
        ShapedText shaped = context.fitted(text, context.theme().labelSize(), true, box.getWidth() + 2 * spill);
        double rise = (shaped.height() - shaped.lineHeight()) / 2;
        canvas.label("label", text, alpha).textCentered(shaped, box.getCenterX(), box.getY() - labelHeight(context) / 2 - rise,
                context.theme().mutedText(), alpha, "label");
    }

    /**
     * A muted line centred under the grid, shrunk if needed to fit the grid's width plus
     * {@code spill} each side; a text too wide even at the smallest size wraps onto further lines
     * below the first rather than running under its neighbour.
     */
    public void footnote(Canvas canvas, String text, double spill, double alpha) {
        ShapedText shaped = context.fittedOrWrapped(text, context.theme().labelSize(), false, box.getWidth() + 2 * spill);
        double drop = (shaped.height() - shaped.lineHeight()) / 2;
        canvas.label("footnote", text, alpha).textCentered(shaped, box.getCenterX(), box.getMaxY() + labelHeight(context) / 2 + drop,
                context.theme().mutedText(), alpha, "footnote");
    }

    /** The height of the label line above and the footnote line below a grid. */
    public static double labelHeight(PaintContext context) {
        return context.theme().labelSize() * context.unit() * 1.6;
    }

    /** The side of a cell whose number is just readable on a phone. */
    public static double smallestCell(PaintContext context) {
        return context.smallestNumber() / context.geometry().numberShare();
    }
}
