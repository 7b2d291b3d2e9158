package kaohe.platform.input;

/**
 * What free text may hold: anything printable, newline and tab, but no other control character (ESC, CR, NUL,
 * DEL, C1) and no bidi embedding/override/isolate (U+202A–U+202E, U+2066–U+2069), which make stored text print
 * or read as something else in a terminal or a table. A single-line value (a name, a title) refuses line breaks
 * (also U+2028, U+2029) and tabs too.
 */
public final class TextRule {

    private TextRule() {
    }

    public static boolean holds(String text) {
        return holds(text, false);
    }

    public static boolean holdsSingleLine(String text) {
        return holds(text, true);
    }

    private static boolean holds(String text, boolean singleLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\u2028' || c == '\u2029';
            if (forbidden(c) || singleLine && (lineBreak || c == '\t')) {
                return false;
            }
        }
        return true;
    }

    /** C0 but newline and tab, DEL, C1, bidi embeddings, overrides and isolates. */
    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
