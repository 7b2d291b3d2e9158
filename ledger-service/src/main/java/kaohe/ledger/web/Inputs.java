package kaohe.ledger.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How the ledger's web layer tidies what clients send before it becomes a command. */
public final class Inputs {

    private Inputs() {
    }

    /** Stripped text; blank means absent. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** 30.0 and 30 are the same value: no trailing zeros, never an exponent (3E+1). */
    public static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::strip).toList();
    }
}
