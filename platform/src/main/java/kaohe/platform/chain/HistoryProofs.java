package kaohe.platform.chain;

import kaohe.platform.command.Refusal;
import kaohe.proof.ChainHashing;
import kaohe.proof.ChainProof;
import kaohe.proof.Checkpoint;
import kaohe.proof.EventRow;
import kaohe.proof.ProofLink;
import kaohe.proof.ProofSegment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proof of one aggregate's history in this service's chain: for each of its events, the segment between the
 * signed checkpoints on either side — the event's own row in full, every other event by its digest only — so
 * anyone can fold the segment offline and land on the signed hash; plus the signed number of its last event.
 */
public class HistoryProofs {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final String context;
    private final ChainSigningKey key;

    public HistoryProofs(JdbcTemplate jdbc, TransactionTemplate transactions, String context, ChainSigningKey key) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
        this.snapshot.setIsolationLevel(Isolation.REPEATABLE_READ.value());
        this.snapshot.setReadOnly(true);
        this.context = context;
        this.key = key;
    }

    public ChainProof of(String aggregateId) {
        // one snapshot: the events, links and checkpoints read must belong together
        return snapshot.execute(status -> build(aggregateId));
    }

    private ChainProof build(String aggregateId) {
        List<EventRow> rows = jdbc.query("SELECT " + StoredEvents.COLUMNS + " FROM domain_event_entry e"
                + " WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number",
                (rs, n) -> StoredEvents.row(rs), aggregateId);
        if (rows.isEmpty()) {
            throw Refusal.notFound("not-found", aggregateId);
        }
        Map<Long, EventRow> ours = new HashMap<>();
        rows.forEach(row -> ours.put(row.globalIndex(), row));
        Map<Long, ProofSegment> segments = new LinkedHashMap<>();
        List<EventRow> unchained = new ArrayList<>();
        for (EventRow row : rows) {
            Optional<Checkpoint> to = checkpoint("global_index >= ? ORDER BY global_index", row.globalIndex());
            if (to.isEmpty()) {
                unchained.add(row);
                continue;
            }
            if (segments.containsKey(to.get().globalIndex())) {
                continue;
            }
            Checkpoint from = checkpoint("global_index < ? ORDER BY global_index DESC", row.globalIndex())
                    .orElse(Checkpoint.GENESIS);
            List<ProofLink> links = jdbc.query("SELECT global_index, digest FROM event_chain"
                    + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index", (rs, n) -> {
                long index = rs.getLong(1);
                EventRow event = ours.get(index);
                return event != null ? new ProofLink(index, null, event)
                        : new ProofLink(index, ChainHashing.hex(rs.getBytes(2)), null);
            }, from.globalIndex(), to.get().globalIndex());
            segments.put(to.get().globalIndex(), new ProofSegment(from, links, to.get()));
        }
        long lastSequence = rows.get(rows.size() - 1).sequenceNumber();
        String signature = Base64.getEncoder().encodeToString(key.sign(ChainHashing.lastSequenceMessage(context,
                aggregateId, lastSequence)));
        return new ChainProof(context, aggregateId, key.signer(), key.retiredSigners(),
                List.copyOf(segments.values()), unchained, lastSequence, signature);
    }

    private Optional<Checkpoint> checkpoint(String where, long globalIndex) {
        return jdbc.query("SELECT global_index, hash, key_id, signature FROM event_chain_checkpoint WHERE " + where
                + " LIMIT 1", (rs, n) -> new Checkpoint(rs.getLong(1), ChainHashing.hex(rs.getBytes(2)),
                rs.getString(3), Base64.getEncoder().encodeToString(rs.getBytes(4))), globalIndex).stream()
                .findFirst();
    }
}
