package convreel.paint;

import convreel.model.Numerals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * How numbers are written on screen: whole numbers without a decimal point, a true minus sign, at
 * most two decimals, in the scene's numerals. A number of five digits or more before the point is
 * written short, with three significant digits and its power of ten ({@code 1.23e4}), so no number
 * is longer than eight characters and each fits its grid cell.
 */
public final class Numbers {
    private static final char MINUS = '\u2212';
    /** The smallest size written short. */
    private static final BigDecimal SHORT_FROM = BigDecimal.valueOf(10_000);
    private static final MathContext SHORT = new MathContext(3, RoundingMode.HALF_UP);

    private final Numerals numerals;

    public Numbers(Numerals numerals) {
        this.numerals = numerals;
    }

    /**
     * {@code -4.0} → "−4", {@code 0.25} → "0.25", {@code 1/3} → "0.33", {@code 12345} → "1.23e4";
     * never "−0". {@code value} is finite.
     */
    public String format(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.abs().compareTo(SHORT_FROM) >= 0) {
            BigDecimal three = exact.round(SHORT);
            int exponent = three.precision() - three.scale() - 1;
            String mantissa = three.abs().movePointLeft(exponent).stripTrailingZeros().toPlainString();
            String shortForm = numerals.digits(mantissa + "e" + exponent);
            return exact.signum() < 0 ? MINUS + shortForm : shortForm;
        }
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
