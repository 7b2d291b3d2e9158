package kaohe.bench.chaos;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the run's events from each producing service's event store (JDBC, as the benches connect): every event
 * appended since the run began whose metadata (an indicator revision's reason) or payload (a progress note, an
 * upload's file name) holds one of the run's markers.
 */
final class EventStoreAudit {

    private static final List<String> STORES = List.of("indicator", "ledger", "evidence");

    private final ChaosEnv env;
    private final Markers markers;
    private final Map<String, Long> startedAfter = new HashMap<>();

    EventStoreAudit(ChaosEnv env, Markers markers) {
        this.env = env;
        this.markers = markers;
    }

    /** Notes where each store ends now: the run's events all come after. */
    void begin() throws SQLException {
        for (String store : STORES) {
            try (Connection connection = connect(store);
                 var result = connection.createStatement().executeQuery(
                         "SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                result.next();
                startedAfter.put(store, result.getLong(1));
            }
        }
    }

    /** Per marker, the aggregate id of every event that holds it. */
    Map<Long, List<String>> stored() throws SQLException {
        Map<Long, List<String>> stored = new HashMap<>();
        for (String store : STORES) {
            try (Connection connection = connect(store);
                 var query = connection.prepareStatement("""
                         SELECT aggregate_identifier, convert_from(meta_data, 'UTF8'), convert_from(payload, 'UTF8')
                           FROM domain_event_entry
                          WHERE global_index > ?
                            AND (convert_from(meta_data, 'UTF8') LIKE ? OR convert_from(payload, 'UTF8') LIKE ?)""")) {
                query.setLong(1, startedAfter.get(store));
                query.setString(2, markers.likePattern());
                query.setString(3, markers.likePattern());
                try (var result = query.executeQuery()) {
                    while (result.next()) {
                        var inEvent = markers.in(result.getString(2));
                        inEvent.addAll(markers.in(result.getString(3)));
                        for (long marker : inEvent) {
                            stored.computeIfAbsent(marker, m -> new ArrayList<>()).add(result.getString(1));
                        }
                    }
                }
            }
        }
        return stored;
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(env.jdbc(database), "postgres", "postgres");
    }
}
