package kaohe.indicator.importing;

import java.util.regex.Pattern;

/** Removes the markup that text extraction and word processors leave in cells. */
final class CellText {

    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CellText() {
    }

    /** Strips HTML tags and markdown bold, and trims; internal text is kept as written. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        String s = LINE_BREAK_TAG.matcher(raw).replaceAll(" ");
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("**", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace('\u00A0', ' ')
                .replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
        return s.strip();
    }

    /** Removes all whitespace, for names that print layout broke apart (领导班 子和队 伍建 设). */
    static String squeeze(String s) {
        return WHITESPACE.matcher(s.replace('\u3000', ' ')).replaceAll("");
    }
}
