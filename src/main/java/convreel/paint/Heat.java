package convreel.paint;

import convreel.model.Activation;
import convreel.model.Cell;
import convreel.model.Matrix;
import convreel.timeline.Shot;
import java.awt.Color;

/** How feature-map values look: warm for positive responses, cool for negative, stronger further from zero. */
final class Heat {
    private Heat() {
    }

    /** The largest magnitude in {@code values}: the value drawn at full strength. */
    static double scaleOf(Matrix values) {
        double[] range = values.range();
        return Math.max(Math.abs(range[0]), Math.abs(range[1]));
    }

    static Color color(Theme theme, double value, double scale) {
        double strength = scale == 0 ? 0 : Math.min(1, Math.abs(value) / scale);
        Color hue = value >= 0 ? theme.positive() : theme.negative();
        return Theme.mix(theme.panel(), hue, 0.12 + 0.5 * strength);
    }

    /** The colour of {@code value} made stronger: the heat map at its height. */
    static Color strong(Theme theme, double value, double scale) {
        double strength = scale == 0 ? 0 : Math.min(1, Math.abs(value) / scale);
        Color hue = value >= 0 ? theme.positive() : theme.negative();
        return Theme.mix(theme.panel(), hue, 0.3 + 0.7 * strength);
    }

    /** The map part way from {@code before} to {@code after}: how cells change as the activation acts. */
    static Matrix blend(Matrix before, Matrix after, double t) {
        return Matrix.generate(before.rows(), before.cols(),
                (r, c) -> before.get(r, c) + (after.get(r, c) - before.get(r, c)) * t);
    }

    /**
     * Writes a feature-map cell's value as {@code activation} goes from 0 to 1: a cell the
     * activation changes dips, the raw number fading out in the first half and the activated one in
     * during the second, so a negative cell visibly becomes 0 under ReLU and the two never overlap.
     */
    static void activatedNumber(Canvas canvas, PaintContext context, Grid grid, int row, int col, double raw,
            double activated, double activation, double alpha) {
        Color ink = context.theme().text();
        Numbers numbers = context.numbers();
        if (raw == activated || activation <= 0) {
            grid.number(canvas, row, col, numbers.format(raw), ink, alpha);
        } else if (activation < 0.5) {
            grid.number(canvas, row, col, numbers.format(raw), ink, alpha * (1 - 2 * activation));
        } else {
            grid.number(canvas, row, col, numbers.format(activated), ink, alpha * (2 * activation - 1));
        }
    }

    /** The activation's name as viewers know it: "ReLU". */
    static String activationName(Activation activation) {
        return activation == Activation.RELU ? "ReLU" : activation.label();
    }

    /**
     * A feature map as the sums land in it: each cell in its heat colour, colour and number shown
     * as far as {@code shot} has revealed that cell.
     */
    static Grid.Look revealed(Theme theme, Matrix values, double scale, Shot shot) {
        return new Grid.Look() {
            @Override
            public Color fill(int r, int c) {
                return Theme.mix(theme.panel(), color(theme, values.get(r, c), scale), shot.alpha(new Cell(r, c), values.cols()));
            }

            @Override
            public Color ink(int r, int c) {
                return theme.text();
            }

            @Override
            public double textAlpha(int r, int c) {
                return shot.alpha(new Cell(r, c), values.cols());
            }
        };
    }
}
