package kaohe.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an event revised, from and to, read off its payload by the contracts' naming: {@code before} beside
 * {@code after} (a target, the six defines, a text), and {@code xBefore} beside {@code x} or {@code xAfter}
 * (a score, a narrative, lead departments). Objects are compared field by field, so only what changed is listed.
 */
public final class RevisedFields {

    /** One revised field: its path in the payload ({@code value}, {@code responsible}, {@code score}). */
    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private RevisedFields() {
    }

    public static List<Change> of(JsonNode payload) {
        List<Change> changes = new ArrayList<>();
        if (payload == null || !payload.isObject()) {
            return changes;
        }
        if (payload.has("before") && payload.has("after")) {
            diff("", payload.get("before"), payload.get("after"), changes);
        }
        for (Iterator<String> names = payload.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.length() > "Before".length() && name.endsWith("Before")) {
                String field = name.substring(0, name.length() - "Before".length());
                JsonNode after = payload.has(field + "After") ? payload.get(field + "After") : payload.get(field);
                if (after != null) {
                    diff(field, payload.get(name), after, changes);
                }
            }
        }
        return changes;
    }

    private static void diff(String path, JsonNode before, JsonNode after, List<Change> changes) {
        boolean objects = (before.isObject() || before.isNull()) && (after.isObject() || after.isNull())
                && !(before.isNull() && after.isNull());
        if (objects) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                diff(path.isEmpty() ? field : path + "." + field, value(before.get(field)), value(after.get(field)),
                        changes);
            }
        } else if (!before.equals(after)) {
            changes.add(new Change(path.isEmpty() ? "value" : path, before, after));
        }
    }

    private static JsonNode value(JsonNode node) {
        return node == null ? NullNode.getInstance() : node;
    }
}
