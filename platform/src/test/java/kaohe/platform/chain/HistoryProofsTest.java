package kaohe.platform.chain;

import kaohe.proof.ChainProof;
import kaohe.proof.ExportVerifier;
import kaohe.proof.HistoryExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proofs of one aggregate's history from a real store, checked by the offline verifier (through JSON, as a file
 * travels): other aggregates' events stand in by digest, the newest events wait unchained, and an event edited in
 * the database after it was chained no longer verifies.
 */
class HistoryProofsTest {

    private final ChainSigningKey key = ChainSigningKey.load("");
    private JdbcTemplate jdbc;
    private EventChain chain;
    private HistoryProofs proofs;

    @BeforeEach
    void emptyEventStore() {
        var store = EmptyEventStore.create();
        jdbc = store.jdbc();
        var transactions = store.transactions();
        chain = new EventChain(jdbc, transactions, Clock.systemUTC(), "indicator", key, null);
        proofs = new HistoryProofs(jdbc, transactions, "indicator", key);
    }

    private long append(String aggregateId, long sequence, int value) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, 'kaohe.indicator.event.IndicatorTargetRevisedEvent', ?, ?, ?, 'Indicator')""",
                UUID.randomUUID().toString(), "{\"actorId\":\"office-admin\",\"reason\":\"市考核办调整\"}"
                        .getBytes(StandardCharsets.UTF_8), ("{\"indicatorId\":\"" + aggregateId
                        + "\",\"after\":{\"key\":\"T1\",\"value\":" + value + "}}").getBytes(StandardCharsets.UTF_8),
                Instant.now().minusSeconds(60).toString(), aggregateId, sequence);
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private static ExportVerifier.Report verify(ChainProof proof) throws Exception {
        var export = new HistoryExport(HistoryExport.FORMAT, Instant.now(), "auditor", proof.aggregateId(),
                List.of(proof));
        var travelled = ExportVerifier.JSON.readValue(ExportVerifier.JSON.writeValueAsBytes(export),
                HistoryExport.class);
        return ExportVerifier.verify(travelled, Map.of("indicator", proof.signer().keyId()));
    }

    /** ind-3 revised four times among other indicators' events, chained in three extensions (three checkpoints). */
    private List<Long> interleavedHistory() {
        long a = append("ind-3", 0, 30);
        append("ind-4", 0, 1);
        chain.extend(Duration.ZERO);
        append("ind-5", 0, 2);
        long b = append("ind-3", 1, 31);
        append("ind-4", 1, 3);
        chain.extend(Duration.ZERO);
        append("ind-6", 0, 4);
        chain.extend(Duration.ZERO);
        long c = append("ind-3", 2, 32);
        long d = append("ind-3", 3, 33);
        chain.extend(Duration.ZERO);
        return List.of(a, b, c, d);
    }

    @Test
    void aHistoryInterleavedWithOthersIsProvenSegmentBySegment() throws Exception {
        interleavedHistory();
        ChainProof proof = proofs.of("ind-3");
        assertThat(proof.segments()).hasSize(3);
        assertThat(proof.lastSequence()).isEqualTo(3);
        var report = verify(proof);
        assertThat(report.problems()).isEmpty();
        assertThat(report.proven()).isEqualTo(4);
        assertThat(proof.segments().get(1).links()).extracting(link -> link.event() == null)
                .as("ind-5 and ind-4 by digest, ind-3 in full").containsExactly(true, false, true);
    }

    @Test
    void eventsNotChainedYetAreShownNotProven() throws Exception {
        interleavedHistory();
        append("ind-3", 4, 34);
        ChainProof proof = proofs.of("ind-3");
        assertThat(proof.unchained()).extracting(row -> row.sequenceNumber()).containsExactly(4L);
        var report = verify(proof);
        assertThat(report.intact()).isTrue();
        assertThat(report.proven()).isEqualTo(4);
        assertThat(report.unchained()).isEqualTo(1);
    }

    @Test
    void aTargetEditedInTheDatabaseAfterChainingNoLongerVerifies() throws Exception {
        List<Long> events = interleavedHistory();
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '31', '13'), 'UTF8') WHERE global_index = ?", events.get(1));
        var report = verify(proofs.of("ind-3"));
        assertThat(report.problems()).extracting(ExportVerifier.Problem::problem)
                .containsExactly("SEGMENT_DOES_NOT_REACH_ITS_CHECKPOINT");
        assertThat(report.proven()).isEqualTo(3);
    }

    @Test
    void anEventDeletedFromTheDatabaseLeavesAGapTheProofShows() throws Exception {
        List<Long> events = interleavedHistory();
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", events.get(2));
        assertThat(verify(proofs.of("ind-3")).problems()).extracting(ExportVerifier.Problem::problem)
                .containsExactly("MISSING_SEQUENCE 2");
    }

    @Test
    void aHistoryStraddlingAKeyRotationVerifiesWithTheRetiredKeyBesideTheNewOne(@org.junit.jupiter.api.io.TempDir
                                                                                 java.nio.file.Path keys)
            throws Exception {
        var file = keys.resolve("indicator-chain-signing-key");
        var before = ChainSigningKey.load(file.toString());
        var store = EmptyEventStore.create();
        append("ind-3", 0, 30);
        new EventChain(jdbc, store.transactions(), Clock.systemUTC(), "indicator", before, null)
                .extend(Duration.ZERO);

        String newId = ChainSigningKey.rotate(file);
        var after = ChainSigningKey.load(file.toString());
        assertThat(after.signer().keyId()).isEqualTo(newId).isNotEqualTo(before.signer().keyId());
        assertThat(after.retiredSigners()).containsExactly(before.signer());
        var rotated = new EventChain(jdbc, store.transactions(), Clock.systemUTC(), "indicator", after, null);
        append("ind-3", 1, 31);
        rotated.extend(Duration.ZERO);
        assertThat(rotated.verify().breaks()).as("old checkpoints still verify").isEmpty();

        ChainProof proof = new HistoryProofs(jdbc, store.transactions(), "indicator", after).of("ind-3");
        var export = new HistoryExport(HistoryExport.FORMAT, Instant.now(), "auditor", "ind-3", List.of(proof));
        var report = ExportVerifier.verify(export, Map.of("indicator", newId + "," + before.signer().keyId()));
        assertThat(report.problems()).isEmpty();
        assertThat(report.proven()).isEqualTo(2);
    }
}
