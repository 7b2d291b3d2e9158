package kaohe.gateway.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where a page of the cross-context history ended: the last global index read from each context
 * ({@code indicator:120,ledger:75}); a context not named starts from the beginning.
 */
record AuditCursor(Map<String, Long> after) {

    static AuditCursor parse(String text) {
        Map<String, Long> after = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return new AuditCursor(after);
        }
        if (text.length() > 500) {
            throw new IllegalArgumentException("cursor");
        }
        for (String part : text.split(",")) {
            String[] pair = part.strip().split(":", 2);
            if (pair.length != 2 || !pair[0].matches("[a-z]{1,32}") || !pair[1].matches("\\d{1,18}")) {
                throw new IllegalArgumentException("cursor");
            }
            after.put(pair[0], Long.parseLong(pair[1]));
        }
        return new AuditCursor(after);
    }

    long of(String context) {
        return after.getOrDefault(context, 0L);
    }

    AuditCursor with(String context, long globalIndex) {
        var next = new LinkedHashMap<>(after);
        next.put(context, globalIndex);
        return new AuditCursor(next);
    }

    String format() {
        return after.entrySet().stream().map(entry -> entry.getKey() + ":" + entry.getValue())
                .collect(Collectors.joining(","));
    }
}
