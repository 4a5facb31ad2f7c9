package convreel.paint;

import convreel.model.Numerals;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are written on screen: whole numbers without a decimal point, a true minus sign, at
 * most two decimals, in the scene's numerals.
 */
public final class Numbers {
    private static final char MINUS = '\u2212';

    private final Numerals numerals;

    public Numbers(Numerals numerals) {
        this.numerals = numerals;
    }

    /** {@code -4.0} → "−4", {@code 0.25} → "0.25", {@code 1/3} → "0.33"; never "−0". */
    public String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return numerals.digits("0");
        }
        String plain = numerals.digits(rounded.abs().toPlainString());
        return rounded.signum() < 0 ? MINUS + plain : plain;
    }

    /** "5×5", in the scene's numerals. */
    public String size(int rows, int cols) {
        return numerals.digits(rows + "×" + cols);
    }

    /** Any text with its digits in the scene's numerals. */
    public String digits(String text) {
        return numerals.digits(text);
    }
}
