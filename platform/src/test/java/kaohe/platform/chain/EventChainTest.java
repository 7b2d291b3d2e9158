package kaohe.platform.chain;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tamper evidence on a real PostgreSQL with the platform's migrations: rows of the event store are edited,
 * deleted, inserted and reordered directly in the database, behind the service's back, and the chain shows where.
 */
class EventChainTest {

    private final ChainSigningKey key = ChainSigningKey.load("");
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;
    private EventChain chain;

    @BeforeEach
    void emptyEventStore() {
        var store = EmptyEventStore.create();
        jdbc = store.jdbc();
        transactions = store.transactions();
        chain = new EventChain(jdbc, transactions, Clock.systemUTC(), "test", key, null);
    }

    private long append(String aggregateId, long sequence, String payload, Instant at) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                VALUES (?, ?, ?, 'kaohe.indicator.event.IndicatorTargetRevisedEvent', ?, ?, ?, 'Indicator')""",
                UUID.randomUUID().toString(), "{\"actorId\":\"office-admin\",\"reason\":\"市考核办调整\"}"
                        .getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8), at.toString(),
                aggregateId, sequence);
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    private List<Long> fiveTargetRevisions() {
        Instant old = Instant.now().minusSeconds(120);
        return List.of(30, 31, 32, 33, 34).stream().map(value -> append("ind-3", value - 30,
                "{\"indicatorId\":\"ind-3\",\"after\":{\"key\":\"T1\",\"value\":" + value + ",\"unit\":\"个\"}}", old))
                .toList();
    }

    @Test
    void anUntouchedStoreVerifies() {
        fiveTargetRevisions();
        assertThat(chain.extend(Duration.ofSeconds(30))).isEqualTo(5);
        var verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.links()).isEqualTo(5);
        assertThat(verification.checkpoints()).isEqualTo(1);
        assertThat(verification.headHash()).hasSize(64);
    }

    @Test
    void anEventYoungerThanTheSettleTimeWaitsAndSoDoesEverythingAfterIt() {
        fiveTargetRevisions();
        append("ind-3", 5, "{\"value\":35}", Instant.now());
        append("ind-4", 0, "{\"value\":1}", Instant.now().minusSeconds(600));
        assertThat(chain.extend(Duration.ofSeconds(30))).isEqualTo(5);
        assertThat(chain.extend(Duration.ZERO)).isEqualTo(2);
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void anUnsettledEventPagesIntoTheReadStillEndsTheExtensionThere() {
        Instant old = Instant.now().minusSeconds(120);
        for (int n = 0; n < 250; n++) { // past two of the read's pages
            append("ind-5", n, "{\"value\":" + n + "}", old);
        }
        append("ind-5", 250, "{\"value\":250}", Instant.now());
        append("ind-6", 0, "{\"value\":1}", old);
        assertThat(chain.extend(Duration.ofSeconds(30))).isEqualTo(250);
        assertThat(chain.extend(Duration.ofSeconds(30))).isZero();
        assertThat(chain.extend(Duration.ZERO)).isEqualTo(2);
        var verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.links()).isEqualTo(252);
    }

    @Test
    void anEditedPayloadOrMetadataIsCaughtWhereItSits() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '32', '320'), 'UTF8') WHERE global_index = ?", events.get(2));
        jdbc.update("UPDATE domain_event_entry SET meta_data = convert_to('{\"actorId\":\"someone-else\"}', 'UTF8')"
                + " WHERE global_index = ?", events.get(4));
        var breaks = chain.verify().breaks();
        assertThat(breaks).extracting(EventChain.Break::globalIndex, EventChain.Break::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(events.get(2), "EDITED"),
                        org.assertj.core.groups.Tuple.tuple(events.get(4), "EDITED"));
    }

    @Test
    void aDeletedEventIsCaught() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", events.get(1));
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::problem).containsExactly("DELETED");
    }

    @Test
    void reorderedEventsAreCaught() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        long first = events.get(0);
        long second = events.get(1);
        jdbc.update("UPDATE domain_event_entry SET global_index = -1 WHERE global_index = ?", first);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = ?", first, second);
        jdbc.update("UPDATE domain_event_entry SET global_index = ? WHERE global_index = -1", second);
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::globalIndex, EventChain.Break::problem)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first, "REORDERED"),
                        org.assertj.core.groups.Tuple.tuple(second, "REORDERED"));
    }

    @Test
    void anEventSlippedInBehindTheChainIsCaught() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", events.get(3));
        var problems = chain.verify().breaks();
        assertThat(problems).extracting(EventChain.Break::problem).contains("INSERTED");
    }

    @Test
    void aRewrittenLinkNoLongerMatchesItsCheckpoint() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        jdbc.update("UPDATE event_chain SET hash = decode(repeat('00', 32), 'hex') WHERE global_index = ?",
                events.get(4));
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::problem)
                .contains("EDITED", "CHECKPOINT_MISMATCH");
    }

    @Test
    void aCheckpointNotSignedByTheServicesKeyIsCaught() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        // someone who can write the database rewrites an event and re-chains from it with the right arithmetic …
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to('{\"value\":99}', 'UTF8') WHERE global_index = ?",
                events.get(4));
        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", events.get(4));
        jdbc.update("DELETE FROM event_chain_checkpoint");
        var forger = new EventChain(jdbc, transactions, Clock.systemUTC(), "test", ChainSigningKey.load(""), null);
        assertThat(forger.extend(Duration.ZERO)).isEqualTo(1);
        assertThat(forger.verify().intact()).as("consistent in itself").isTrue();
        // … but cannot sign for the service
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::problem)
                .containsExactly("CHECKPOINT_SIGNATURE_INVALID");
    }

    @Test
    void theChainIsSignedAndLoggedWithTheServicesKey() {
        fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        var verification = chain.verify();
        assertThat(verification.signerKeyId()).isEqualTo(key.signer().keyId()).hasSize(16);
        assertThat(jdbc.queryForObject("SELECT key_id FROM event_chain_checkpoint", String.class))
                .isEqualTo(key.signer().keyId());
    }

    @Test
    void aChainCutShortOrRebuiltFromAnAlteredStoreMissesTheAnchorAnAuditorKept() {
        List<Long> events = fiveTargetRevisions();
        chain.extend(Duration.ZERO);
        var verified = chain.verify();
        var kept = new EventChain.Anchor(verified.lastChainedIndex(), verified.headHash(), "ANCHOR");
        assertThat(chain.verify(List.of(kept)).intact()).isTrue();

        // the whole chain dropped and rebuilt by the service itself from a store whose revision 34 became 43
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " '34', '43'), 'UTF8') WHERE global_index = ?", events.get(4));
        jdbc.execute("TRUNCATE event_chain, event_chain_checkpoint");
        chain.extend(Duration.ZERO);
        assertThat(chain.verify().intact()).as("consistent, and signed with the right key").isTrue();
        assertThat(chain.verify(List.of(kept)).breaks()).extracting(EventChain.Break::problem)
                .containsExactly("ANCHOR_MISMATCH");

        // the newest event and its link deleted
        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", events.get(4));
        jdbc.update("DELETE FROM event_chain_checkpoint");
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", events.get(4));
        assertThat(chain.verify().intact()).isTrue();
        assertThat(chain.verify(List.of(kept)).breaks()).extracting(EventChain.Break::problem)
                .containsExactly("ANCHOR_MISSING");
    }

    @Test
    void anAnchorIsAnIndexAndAWholeHash() {
        assertThat(EventChain.Anchor.parse("12:" + "Ab".repeat(32))).isEqualTo(new EventChain.Anchor(12,
                "ab".repeat(32), "ANCHOR"));
        for (String malformed : List.of("12", "x:" + "ab".repeat(32), "12:" + "ab".repeat(31), "-1:" + "ab".repeat(32),
                "12:" + "zz".repeat(32))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventChain.Anchor.parse(malformed))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
