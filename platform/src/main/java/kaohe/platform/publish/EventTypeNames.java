package kaohe.platform.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stable type names on the wire: {@code IndicatorDefinedEvent} of context {@code indicator} is
 * {@code indicator.IndicatorDefined.v1}; a changed contract is a new record {@code IndicatorDefinedEventV2}
 * ({@code .v2}) with an upcaster, never an edit of the old one.
 */
public final class EventTypeNames {

    private static final Pattern NAME = Pattern.compile("(.+?)(?:Event)?(?:V(\\d+))?");

    private EventTypeNames() {
    }

    public static String of(String context, Class<?> payloadType) {
        return of(context, payloadType.getName());
    }

    /** The same, from the payload class name the event store records. */
    public static String of(String context, String payloadClassName) {
        int start = Math.max(payloadClassName.lastIndexOf('.'), payloadClassName.lastIndexOf('$')) + 1;
        Matcher matcher = NAME.matcher(payloadClassName.substring(start));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(payloadClassName);
        }
        String version = matcher.group(2) != null ? matcher.group(2) : "1";
        return context + "." + matcher.group(1) + ".v" + version;
    }
}
