package kaohe.platform.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import kaohe.testengines.TestEngines;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkpoints copied to the real broker's {@code kaohe.chain}, outside the database: the chain must still hold the
 * newest one published, so a chain rebuilt and re-signed by the service from an altered store, or cut short, is
 * caught with no anchor kept by hand; records on the topic not signed by the service are passed over.
 */
class CheckpointLogTest {

    private final ChainSigningKey key = ChainSigningKey.load("");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
    // a context of its own: the topic is shared by every test of this JVM
    private final String context = "chain-test-" + UUID.randomUUID().toString().substring(0, 8);
    private EmptyEventStore store;
    private JdbcTemplate jdbc;
    private KafkaTemplate<String, String> kafka;
    private CheckpointLog log;
    private EventChain chain;

    @BeforeEach
    void emptyStoreAndItsLog() {
        store = EmptyEventStore.create();
        jdbc = store.jdbc();
        String bootstrap = TestEngines.get().kafkaBootstrap();
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
        Map<String, Object> consumer = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        log = new CheckpointLog(jdbc, store.transactions(), kafka, consumer, json, Clock.systemUTC(), context, Duration.ZERO, key);
        chain = new EventChain(jdbc, store.transactions(), Clock.systemUTC(), context, key, log);
    }

    private long append(String aggregateId, long sequence, int value) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, meta_data, payload, payload_type, time_stamp,
                                                aggregate_identifier, sequence_number, type)
                VALUES (?, '{}'::bytea, ?, 'kaohe.indicator.event.IndicatorTargetRevisedEvent', ?, ?, ?, 'Indicator')""",
                UUID.randomUUID().toString(), ("{\"after\":{\"value\":" + value + "}}").getBytes(StandardCharsets.UTF_8),
                Instant.now().minusSeconds(60).toString(), aggregateId, sequence);
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    @Test
    void theNewestCheckpointIsPublishedOnceAndTheChainHoldsIt() {
        append("ind-3", 0, 30);
        chain.extend(Duration.ZERO);
        long head = append("ind-3", 1, 31);
        chain.extend(Duration.ZERO);
        assertThat(log.publishNewest()).isTrue();
        assertThat(log.publishNewest()).as("nothing new").isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM event_chain_checkpoint WHERE published_at IS NULL",
                Long.class)).as("the older checkpoint is implied by the newer").isZero();
        var verification = chain.verify();
        assertThat(verification.publishedCheckpoint()).isEqualTo(head);
        assertThat(verification.breaks()).isEmpty();
    }

    @Test
    void twoInstancesNeverPublishOneCheckpointTwice() throws Exception {
        append("ind-3", 0, 30);
        chain.extend(Duration.ZERO);
        var otherInstance = new CheckpointLog(jdbc, store.transactions(), kafka, Map.of(), json, Clock.systemUTC(),
                context, Duration.ZERO, key);
        var publishing = new CountDownLatch(1);
        var done = new CountDownLatch(1);
        var holder = new Thread(() -> store.transactions().executeWithoutResult(status -> {
            // the other instance in the middle of its publication
            jdbc.query("SELECT pg_advisory_xact_lock(?)", row -> null, CheckpointLog.PUBLISH_LOCK);
            publishing.countDown();
            awaitQuietly(done);
        }));
        holder.start();
        publishing.await();
        assertThat(otherInstance.publishNewest()).as("another instance is publishing").isFalse();
        done.countDown();
        holder.join();
        assertThat(log.publishNewest()).isTrue();
        assertThat(otherInstance.publishNewest()).as("already published").isFalse();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aChainRebuiltAndReSignedFromAnAlteredStoreNoLongerHoldsThePublishedCheckpoint() {
        append("ind-3", 0, 30);
        long revision = append("ind-3", 1, 31);
        chain.extend(Duration.ZERO);
        log.publishNewest();
        jdbc.update("UPDATE domain_event_entry SET payload = convert_to('{\"after\":{\"value\":13}}', 'UTF8')"
                + " WHERE global_index = ?", revision);
        jdbc.execute("TRUNCATE event_chain, event_chain_checkpoint");
        chain.extend(Duration.ZERO);
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::problem)
                .containsExactly("PUBLISHED_CHECKPOINT_MISMATCH");
    }

    @Test
    void aChainCutShortIsCaughtAndARecordTheServiceDidNotSignIsPassedOver() throws Exception {
        append("ind-3", 0, 30);
        long last = append("ind-3", 1, 31);
        chain.extend(Duration.ZERO);
        log.publishNewest();
        // someone who may write to the topic publishes a later "checkpoint" of their own
        kafka.send(CheckpointLog.TOPIC, context, json.writeValueAsString(new CheckpointLog.Published(context,
                last + 100, "00".repeat(32), "forged", java.util.Base64.getEncoder().encodeToString(new byte[64]),
                Instant.now()))).get();
        assertThat(chain.verify().publishedCheckpoint()).isEqualTo(last);
        jdbc.update("DELETE FROM domain_event_entry WHERE global_index = ?", last);
        jdbc.update("DELETE FROM event_chain WHERE global_index = ?", last);
        jdbc.update("DELETE FROM event_chain_checkpoint");
        assertThat(chain.verify().breaks()).extracting(EventChain.Break::problem)
                .containsExactly("PUBLISHED_CHECKPOINT_MISSING");
    }
}
