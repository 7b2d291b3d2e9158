package kaohe.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Acknowledged commands against what the event stores hold: an acknowledged command whose marker is not stored
 * on its aggregate is lost; a marker stored more than once (acknowledged or not) is a duplicate, once per extra.
 */
record Tally(int acked, List<Acked> lost, long duplicates) {

    /** {@code stored}: per marker, the aggregate id of each event holding it. */
    static Tally of(List<Acked> acked, Map<Long, List<String>> stored) {
        List<Acked> lost = new ArrayList<>();
        for (Acked command : acked) {
            if (!stored.getOrDefault(command.marker(), List.of()).contains(command.aggregateId())) {
                lost.add(command);
            }
        }
        long duplicates = stored.values().stream().mapToLong(events -> Math.max(0, events.size() - 1)).sum();
        return new Tally(acked.size(), List.copyOf(lost), duplicates);
    }
}
