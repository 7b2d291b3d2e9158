package kaohe.platform.chain;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A hash chain over this service's event store, in global order: each link hashes its event's whole row together
 * with the previous link's hash, so an edited, deleted, inserted or reordered event breaks the chain where it sits.
 * Events are chained once they are {@code settle} old, so one whose transaction commits late is never skipped.
 */
public class EventChain {

    /** Where the chain and the store disagree: EDITED, DELETED, REORDERED or INSERTED (an event never chained). */
    public record Break(long globalIndex, String eventIdentifier, String problem) {
    }

    /** The outcome of a verification: links checked, the head, and every break found. */
    public record Verification(String context, Instant verifiedAt, long links, long lastChainedIndex,
                               String headHash, long checkpoints, List<Break> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventChain.class);
    private static final byte[] GENESIS = new byte[32];
    private static final int BATCH = 1000;
    private static final String EVENT_COLUMNS = """
            e.global_index, e.event_identifier, e.aggregate_identifier, e.sequence_number, e.type,
            e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String context;

    public EventChain(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, String context) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.context = context;
    }

    /** Chains the events at least {@code settle} old not yet chained; returns how many links were added. */
    public int extend(Duration settle) {
        Integer added = transactions.execute(status -> {
            // one chainer at a time, across instances of the service
            if (!Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(72105431)",
                    Boolean.class))) {
                return 0;
            }
            var head = jdbc.query("SELECT global_index, hash FROM event_chain ORDER BY global_index DESC LIMIT 1",
                    (rs, row) -> new Object[] {rs.getLong(1), rs.getBytes(2)});
            long last = head.isEmpty() ? 0 : (Long) head.get(0)[0];
            byte[] previous = head.isEmpty() ? GENESIS : (byte[]) head.get(0)[1];
            Instant settledBefore = clock.instant().minus(settle);
            List<Object[]> chained = new ArrayList<>();
            var state = new Object[] {previous, false};
            jdbc.query("SELECT " + EVENT_COLUMNS + " FROM domain_event_entry e WHERE e.global_index > ?"
                    + " ORDER BY e.global_index LIMIT " + BATCH, rs -> {
                boolean settled = Instant.parse(rs.getString("time_stamp")).isBefore(settledBefore);
                if ((Boolean) state[1] || !settled) {
                    state[1] = true; // keep global order: nothing after an unsettled event is chained yet
                    return;
                }
                byte[] hash = link((byte[]) state[0], rs);
                state[0] = hash;
                chained.add(new Object[] {rs.getLong("global_index"), rs.getString("event_identifier"), hash});
            }, last);
            jdbc.batchUpdate("INSERT INTO event_chain (global_index, event_identifier, hash) VALUES (?, ?, ?)",
                    chained);
            if (!chained.isEmpty()) {
                Object[] newHead = chained.get(chained.size() - 1);
                jdbc.update("INSERT INTO event_chain_checkpoint (global_index, hash) VALUES (?, ?)", newHead[0],
                        newHead[2]);
                LOG.info("event chain checkpoint {} #{} {}", context, newHead[0],
                        HexFormat.of().formatHex((byte[]) newHead[2]));
            }
            return chained.size();
        });
        return added == null ? 0 : added;
    }

    /** Recomputes every link from the store and compares; reads only, and streams the store. */
    public Verification verify() {
        List<Break> breaks = new ArrayList<>();
        long[] counts = new long[2];
        byte[][] head = {GENESIS};
        jdbc.query("SELECT c.global_index AS chained_index, c.event_identifier AS chained_id, c.hash AS chained_hash, "
                + EVENT_COLUMNS + " FROM event_chain c LEFT JOIN domain_event_entry e"
                + " ON e.global_index = c.global_index ORDER BY c.global_index", rs -> {
            long index = rs.getLong("chained_index");
            String chainedId = rs.getString("chained_id");
            byte[] stored = rs.getBytes("chained_hash");
            String eventId = rs.getString("event_identifier");
            if (eventId == null) {
                breaks.add(new Break(index, chainedId, "DELETED"));
            } else if (!eventId.equals(chainedId)) {
                breaks.add(new Break(index, chainedId, "REORDERED"));
            } else if (!Arrays.equals(link(head[0], rs), stored)) {
                breaks.add(new Break(index, chainedId, "EDITED"));
            }
            head[0] = stored;
            counts[0]++;
            counts[1] = index;
        });
        jdbc.query("""
                SELECT e.global_index, e.event_identifier FROM domain_event_entry e
                  LEFT JOIN event_chain c ON c.global_index = e.global_index
                 WHERE c.global_index IS NULL AND e.global_index <= ? ORDER BY e.global_index""",
                rs -> {
                    breaks.add(new Break(rs.getLong(1), rs.getString(2), "INSERTED"));
                }, counts[1]);
        long checkpoints = jdbc.queryForObject("SELECT COUNT(*) FROM event_chain_checkpoint", Long.class);
        jdbc.query("""
                SELECT p.global_index, p.hash, c.hash FROM event_chain_checkpoint p
                  LEFT JOIN event_chain c ON c.global_index = p.global_index ORDER BY p.checkpoint_id""", rs -> {
            if (!Arrays.equals(rs.getBytes(2), rs.getBytes(3))) {
                breaks.add(new Break(rs.getLong(1), null, "CHECKPOINT_MISMATCH"));
            }
        });
        breaks.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        return new Verification(context, clock.instant(), counts[0], counts[1],
                HexFormat.of().formatHex(head[0]), checkpoints, breaks);
    }

    /** SHA-256 of the previous hash and every column of the event row, each length-prefixed. */
    static byte[] link(byte[] previous, ResultSet row) throws SQLException {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(bytes)) {
            out.write(previous);
            out.writeLong(row.getLong("global_index"));
            for (String column : List.of("event_identifier", "aggregate_identifier", "type", "payload_type",
                    "payload_revision", "time_stamp")) {
                field(out, text(row.getString(column)));
            }
            out.writeLong(row.getLong("sequence_number"));
            field(out, row.getBytes("payload"));
            field(out, row.getBytes("meta_data"));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(value.length);
        out.write(value);
    }
}
