package kaohe.platform.chain;

import kaohe.proof.ChainHashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * A hash chain over this service's event store, in global order: each link hashes the previous link with its
 * event's digest (the SHA-256 of the whole row, {@link ChainHashing}), so an edited, deleted, inserted or
 * reordered event breaks the chain where it sits. Every extension ends in a checkpoint signed with the service's
 * key. Events are chained once they are {@code settle} old, so one whose transaction commits late is never skipped.
 */
public class EventChain {

    /** Where the chain and the store disagree: EDITED, DELETED, REORDERED or INSERTED (an event never chained). */
    public record Break(long globalIndex, String eventIdentifier, String problem) {
    }

    /**
     * The outcome of a verification: links checked, the head, the checkpoints' signer, the newest checkpoint
     * published outside the database that the chain was asked to hold (or why it could not be read), and every
     * break found.
     */
    public record Verification(String context, Instant verifiedAt, long links, long lastChainedIndex,
                               String headHash, long checkpoints, String signerKeyId, Long publishedCheckpoint,
                               String publishedUnreadable, List<Break> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(EventChain.class);
    private static final int BATCH = 1000;
    private static final int FETCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String context;
    private final ChainSigningKey key;
    private final CheckpointLog published;

    /** {@code published}: where checkpoints are copied outside the database, or null where there is no such copy. */
    public EventChain(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, String context,
                      ChainSigningKey key, CheckpointLog published) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.context = context;
        this.key = key;
        this.published = published;
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
            byte[] previous = head.isEmpty() ? ChainHashing.GENESIS : (byte[]) head.get(0)[1];
            Instant settledBefore = clock.instant().minus(settle);
            List<Object[]> chained = jdbc.query(con -> {
                var statement = con.prepareStatement("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry e"
                        + " WHERE e.global_index > ? ORDER BY e.global_index LIMIT " + BATCH);
                statement.setFetchSize(FETCH); // rows come a page at a time, so the read can stop early
                statement.setLong(1, last);
                return statement;
            }, rs -> {
                List<Object[]> links = new ArrayList<>();
                byte[] link = previous;
                // keep global order: the first unsettled event ends the extension, nothing after it is read
                while (rs.next() && Instant.parse(rs.getString("time_stamp")).isBefore(settledBefore)) {
                    byte[] digest = ChainHashing.digest(StoredEvents.row(rs));
                    link = ChainHashing.link(link, digest);
                    links.add(new Object[] {rs.getLong("global_index"), rs.getString("event_identifier"), digest,
                            link});
                }
                return links;
            });
            jdbc.batchUpdate("INSERT INTO event_chain (global_index, event_identifier, digest, hash)"
                    + " VALUES (?, ?, ?, ?)", chained);
            if (!chained.isEmpty()) {
                Object[] newHead = chained.get(chained.size() - 1);
                long index = (Long) newHead[0];
                byte[] hash = (byte[]) newHead[3];
                byte[] signature = key.sign(ChainHashing.checkpointMessage(context, index, hash));
                jdbc.update("INSERT INTO event_chain_checkpoint (global_index, hash, key_id, signature)"
                        + " VALUES (?, ?, ?, ?)", index, hash, key.signer().keyId(), signature);
                // the log is a copy of every checkpoint outside the database
                LOG.info("event chain checkpoint {} #{} {} signed {} {}", context, index, ChainHashing.hex(hash),
                        key.signer().keyId(), Base64.getEncoder().encodeToString(signature));
            }
            return chained.size();
        });
        return added == null ? 0 : added;
    }

    /**
     * A link someone kept outside the system (an auditor's earlier verification, an export): the chain must still
     * hold that hash at that index. One anchor vouches for every link before it, so a chain cut short or rebuilt
     * from an altered store, even with the service's own key, is caught by the newest anchor kept.
     */
    public record Anchor(long globalIndex, String hash, String source) {

        /** {@code 123:9f86d0…} (64 hex digits), as a caller names it. */
        public static Anchor parse(String text) {
            String[] parts = text.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("\\d{1,18}") || !parts[1].matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException(text);
            }
            return new Anchor(Long.parseLong(parts[0]), parts[1].toLowerCase(java.util.Locale.ROOT), "ANCHOR");
        }
    }

    public Verification verify() {
        return verify(List.of());
    }

    /**
     * Recomputes every link from the store and compares, then checks the anchors and the newest checkpoint
     * published; reads only, streams the store.
     */
    public Verification verify(List<Anchor> requested) {
        List<Anchor> anchors = new ArrayList<>(requested);
        Long publishedIndex = null;
        String unreadable = null;
        if (published != null) {
            try {
                var newest = published.newestPublished();
                if (newest.isPresent()) {
                    anchors.add(newest.get());
                    publishedIndex = newest.get().globalIndex();
                }
            } catch (RuntimeException kafkaDown) {
                unreadable = kafkaDown.toString();
            }
        }
        List<Break> breaks = new ArrayList<>();
        long[] counts = new long[2];
        byte[][] head = {ChainHashing.GENESIS};
        jdbc.query("SELECT c.global_index AS chained_index, c.event_identifier AS chained_id, c.hash AS chained_hash, "
                + "c.digest AS chained_digest, " + StoredEvents.COLUMNS + " FROM event_chain c LEFT JOIN"
                + " domain_event_entry e ON e.global_index = c.global_index ORDER BY c.global_index", rs -> {
            long index = rs.getLong("chained_index");
            String chainedId = rs.getString("chained_id");
            byte[] stored = rs.getBytes("chained_hash");
            String eventId = rs.getString("event_identifier");
            if (eventId == null) {
                breaks.add(new Break(index, chainedId, "DELETED"));
            } else if (!eventId.equals(chainedId)) {
                breaks.add(new Break(index, chainedId, "REORDERED"));
            } else {
                byte[] digest = ChainHashing.digest(StoredEvents.row(rs));
                if (!Arrays.equals(digest, rs.getBytes("chained_digest"))
                        || !Arrays.equals(ChainHashing.link(head[0], digest), stored)) {
                    breaks.add(new Break(index, chainedId, "EDITED"));
                }
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
                SELECT p.global_index, p.hash, c.hash, p.signature, p.key_id FROM event_chain_checkpoint p
                  LEFT JOIN event_chain c ON c.global_index = p.global_index ORDER BY p.checkpoint_id""", rs -> {
            long index = rs.getLong(1);
            byte[] hash = rs.getBytes(2);
            if (!Arrays.equals(hash, rs.getBytes(3))) {
                breaks.add(new Break(index, null, "CHECKPOINT_MISMATCH"));
            }
            // signed by this service's key (or one it retired), or by someone who is not this service
            if (!key.verifies(rs.getString(5), ChainHashing.checkpointMessage(context, index, hash),
                    rs.getBytes(4))) {
                breaks.add(new Break(index, null, "CHECKPOINT_SIGNATURE_INVALID"));
            }
        });
        for (Anchor anchor : anchors) {
            List<byte[]> held = jdbc.query("SELECT hash FROM event_chain WHERE global_index = ?",
                    (rs, n) -> rs.getBytes(1), anchor.globalIndex());
            if (held.isEmpty()) {
                breaks.add(new Break(anchor.globalIndex(), null, anchor.source() + "_MISSING"));
            } else if (!ChainHashing.hex(held.get(0)).equals(anchor.hash())) {
                breaks.add(new Break(anchor.globalIndex(), null, anchor.source() + "_MISMATCH"));
            }
        }
        breaks.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        return new Verification(context, clock.instant(), counts[0], counts[1], ChainHashing.hex(head[0]),
                checkpoints, key.signer().keyId(), publishedIndex, unreadable, breaks);
    }
}
