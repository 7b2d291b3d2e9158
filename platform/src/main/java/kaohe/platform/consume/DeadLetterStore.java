package kaohe.platform.consume;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The {@code dead_letter} table of this service's database. */
public class DeadLetterStore {

    /** Enough of a failure to see what went wrong; the stack trace travels in the dead-letter topic's headers. */
    private static final int FAILURE_TEXT = 4000;

    private static final RowMapper<DeadLetter> LETTER = (rs, row) -> new DeadLetter(rs.getLong("id"),
            rs.getString("consumer"), rs.getString("topic"), rs.getInt("kafka_partition"), rs.getLong("kafka_offset"),
            rs.getString("record_key"), rs.getString("event_id"), rs.getString("event_type"), rs.getString("failure"),
            rs.getString("record_json"), rs.getTimestamp("dead_lettered_at").toInstant());

    private final JdbcTemplate jdbc;

    public DeadLetterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a letter; false if this record of this consumer was kept before (redelivered before its commit). */
    public boolean add(String consumer, String topic, int partition, long offset, String key, String eventId,
                       String type, String failure, String record) {
        return jdbc.update("""
                INSERT INTO dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key, event_id,
                                         event_type, failure, record_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (consumer, topic, kafka_partition, kafka_offset) DO NOTHING""",
                consumer, topic, partition, offset, key, eventId, type, shortened(failure), record) == 1;
    }

    /** The unresolved letters, oldest first: the order their records were given up in. */
    public List<DeadLetter> unresolved() {
        return jdbc.query("SELECT * FROM dead_letter WHERE resolved_at IS NULL ORDER BY id", LETTER);
    }

    public Map<String, Long> unresolvedByConsumer() {
        var counts = new TreeMap<String, Long>();
        jdbc.query("SELECT consumer, COUNT(*) FROM dead_letter WHERE resolved_at IS NULL GROUP BY consumer",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public void resolved(long id) {
        jdbc.update("UPDATE dead_letter SET resolved_at = now() WHERE id = ? AND resolved_at IS NULL", id);
    }

    /** A replay failed again: the letter now shows its latest failure. */
    public void failedAgain(long id, String failure) {
        jdbc.update("UPDATE dead_letter SET failure = ? WHERE id = ?", shortened(failure), id);
    }

    private static String shortened(String failure) {
        return failure.length() <= FAILURE_TEXT ? failure : failure.substring(0, FAILURE_TEXT);
    }
}
