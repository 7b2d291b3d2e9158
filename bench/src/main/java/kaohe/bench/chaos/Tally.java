package kaohe.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Acknowledged commands against what the event stores hold: an acknowledged command whose marker is not stored
 * on its aggregate is lost; a marker stored more than once (acknowledged or not) is a duplicate, once per extra
 * event; {@code duplicated} names those markers and the aggregates their events went to.
 */
record Tally(int acked, List<Acked> lost, Map<Long, List<String>> duplicated) {

    /** {@code stored}: per marker, the aggregate id of each event holding it. */
    static Tally of(List<Acked> acked, Map<Long, List<String>> stored) {
        List<Acked> lost = new ArrayList<>();
        for (Acked command : acked) {
            if (!stored.getOrDefault(command.marker(), List.of()).contains(command.aggregateId())) {
                lost.add(command);
            }
        }
        Map<Long, List<String>> duplicated = new TreeMap<>();
        stored.forEach((marker, events) -> {
            if (events.size() > 1) {
                duplicated.put(marker, List.copyOf(events));
            }
        });
        return new Tally(acked.size(), List.copyOf(lost), duplicated);
    }

    /** Events stored beyond the first for one command, summed over the commands. */
    long duplicates() {
        return duplicated.values().stream().mapToLong(events -> events.size() - 1).sum();
    }
}
