package kaohe.platform.web;

import kaohe.platform.command.Refusal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency on the wire: an aggregate's version travels as a strong ETag ({@code "7"}) and comes
 * back in {@code If-Match}; an update without it is refused (428), one with a stale version loses (412).
 */
public final class IfMatch {

    private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private IfMatch() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Refusal(Refusal.Kind.PRECONDITION_REQUIRED, "if-match-required", Map.of());
        }
        Matcher matcher = ETAG.matcher(ifMatch);
        if (!matcher.matches()) {
            throw Refusal.invalidField("If-Match", "invalid-if-match", ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }
}
