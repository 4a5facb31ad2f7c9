package convreel.paint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How numbers are written on screen: whole numbers without a decimal point, a true minus sign. */
public final class Numbers {
    private static final char MINUS = '\u2212';

    private Numbers() {
    }

    /** {@code -4.0} → "−4", {@code 0.25} → "0.25", {@code 1/3} → "0.33"; never "−0". */
    public static String format(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        String plain = rounded.abs().toPlainString();
        return rounded.signum() < 0 ? MINUS + plain : plain;
    }
}
