package kaohe.indicator.importing;

import java.math.BigDecimal;

/**
 * The numbers a table may propose as targets: what scoring can compute with at once. Local to the importer until
 * the platform's rule for every decimal at the API edge covers imported values too.
 */
final class TargetValueBounds {

    static final int MAX_DIGITS = 12;
    static final int MAX_DECIMALS = 4;
    static final String RULE = "最多 " + MAX_DIGITS + " 位有效数字、" + MAX_DECIMALS + " 位小数，整数部分不超过 "
            + MAX_DIGITS + " 位";

    private static final int SHOWN = 24;

    private TargetValueBounds() {
    }

    /** 1.50 counts as 1.5; 1000000000000 (13 integer digits) is refused although its digits are few. */
    static boolean accepts(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() <= MAX_DECIMALS && stripped.precision() <= MAX_DIGITS
                && stripped.precision() - stripped.scale() <= MAX_DIGITS;
    }

    /** A refused number as a message may quote it: a few thousand digits are cut. */
    static String shown(BigDecimal value) {
        String plain = value.toPlainString();
        return plain.length() <= SHOWN ? plain : plain.substring(0, SHOWN) + "…";
    }
}
