package kaohe.tokens;

/**
 * The characters Spring Security's strict firewalls allow in a header, tested by a loop instead of their regular
 * expressions: any assigned code point but the control characters, and a tab in a value. The firewalls test a
 * header again each time it is read, and the expression over a bearer token's ~800 characters was ~5 % of the
 * CPU of a command in a service and in the gateway (JFR). The gateway and the services install these in place of
 * the expressions (tested equal to them over every code point).
 */
public final class HeaderCharacters {

    private HeaderCharacters() {
    }

    public static boolean allowedInName(String name) {
        return allowed(name, false);
    }

    public static boolean allowedInValue(String value) {
        return allowed(value, true);
    }

    /** An absent header (null, as the firewalls ask about it too) holds nothing to refuse. */
    private static boolean allowed(String text, boolean tabAllowed) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean printableAscii = c >= 0x20 && c < 0x7f;
            if (!printableAscii && (Character.getType(c) == Character.UNASSIGNED
                    || Character.isISOControl(c) && !(tabAllowed && c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
