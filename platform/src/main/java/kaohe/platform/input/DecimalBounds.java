package kaohe.platform.input;

import java.math.BigDecimal;

/**
 * The one bound on every decimal the API takes: at most {@value #MAX_DIGITS} digits written out, of which at most
 * {@value #MAX_DECIMALS} after the point (trailing zeros aside). {@code 1E-10000000} is one character of digits
 * but ten million places: arithmetic on it takes minutes, so it never gets past the edge. Ranges per field are
 * the DTOs' and the aggregates' business.
 */
public final class DecimalBounds {

    public static final int MAX_DIGITS = 12;
    public static final int MAX_DECIMALS = 4;

    private DecimalBounds() {
    }

    /** Only precision and scale are read (cheap for any value the parser can build): no arithmetic on it. */
    public static boolean holds(BigDecimal value) {
        BigDecimal significant = value.stripTrailingZeros();
        int scale = significant.scale();
        if (scale > MAX_DECIMALS || scale < -MAX_DIGITS) {
            return false;
        }
        int written = scale >= 0 ? Math.max(significant.precision(), scale) : significant.precision() - scale;
        return written <= MAX_DIGITS;
    }
}
