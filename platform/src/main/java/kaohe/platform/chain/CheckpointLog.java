package kaohe.platform.chain;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.proof.ChainHashing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The chain's checkpoints copied outside the database: the newest one is published to the Kafka topic
 * {@code kaohe.chain} (key: the context; kept forever) at most every {@code interval}. A verification then asks
 * the chain to still hold the newest checkpoint published, so a chain cut short, or rebuilt — even re-signed by
 * the service itself — from a store someone altered, is caught without anyone having kept an anchor by hand.
 */
public class CheckpointLog {

    /** A checkpoint as published: the chain's length and head, signed. */
    public record Published(String context, long globalIndex, String hash, String keyId, String signature,
                            Instant publishedAt) {
    }

    public static final String TOPIC = "kaohe.chain";
    private static final Logger LOG = LoggerFactory.getLogger(CheckpointLog.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Held while one instance publishes, so two never send the same checkpoint. */
    static final long PUBLISH_LOCK = 72105432;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, String> kafka;
    private final Map<String, Object> consumer;
    private final ObjectMapper json;
    private final Clock clock;
    private final String context;
    private final Duration interval;
    private final ChainSigningKey key;
    private Instant lastPublished = Instant.MIN;

    public CheckpointLog(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, String> kafka,
                         Map<String, Object> consumer, ObjectMapper json, Clock clock, String context,
                         Duration interval, ChainSigningKey key) {
        this.key = key;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.consumer = consumer;
        this.json = json;
        this.clock = clock;
        this.context = context;
        this.interval = interval;
    }

    /**
     * Publishes the newest unpublished checkpoint (the ones before it are implied by it); false if none was due, or
     * another instance of the service is publishing right now (it marks what it published before letting go).
     */
    public synchronized boolean publishNewest() {
        if (clock.instant().isBefore(lastPublished.plus(interval))) {
            return false;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> jdbc.queryForObject(
                "SELECT pg_try_advisory_xact_lock(?)", Boolean.class, PUBLISH_LOCK) && publishUnderLock()));
    }

    private boolean publishUnderLock() {
        var newest = jdbc.query("""
                SELECT checkpoint_id, global_index, hash, key_id, signature FROM event_chain_checkpoint
                 WHERE published_at IS NULL ORDER BY checkpoint_id DESC LIMIT 1""", (rs, n) -> new Object[] {
                rs.getLong(1), new Published(context, rs.getLong(2), ChainHashing.hex(rs.getBytes(3)),
                rs.getString(4), Base64.getEncoder().encodeToString(rs.getBytes(5)), clock.instant())});
        if (newest.isEmpty()) {
            return false;
        }
        Published checkpoint = (Published) newest.get(0)[1];
        try {
            kafka.send(TOPIC, context, json.writeValueAsString(checkpoint)).get(30, TimeUnit.SECONDS);
        } catch (Exception unavailable) {
            LOG.warn("event chain checkpoint {} #{} not published yet: {}", context, checkpoint.globalIndex(),
                    unavailable.toString());
            return false;
        }
        jdbc.update("UPDATE event_chain_checkpoint SET published_at = ? WHERE published_at IS NULL"
                + " AND checkpoint_id <= ?", java.sql.Timestamp.from(checkpoint.publishedAt()), newest.get(0)[0]);
        lastPublished = checkpoint.publishedAt();
        return true;
    }

    /**
     * The newest checkpoint this context published, read from the whole topic; records not signed by this
     * service's key are not its checkpoints and are passed over.
     */
    public Optional<EventChain.Anchor> newestPublished() {
        Published newest = null;
        try (var reader = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            var partitions = reader.partitionsFor(TOPIC, READ_TIMEOUT).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = reader.endOffsets(partitions, READ_TIMEOUT);
            Instant deadline = clock.instant().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(p -> reader.position(p, READ_TIMEOUT) < end.get(p))) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("reading " + TOPIC + " took over " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(500))) {
                    if (context.equals(record.key())) {
                        Published published = read(record.value());
                        if (signed(published) && (newest == null || published.globalIndex() > newest.globalIndex())) {
                            newest = published;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(newest).map(published -> new EventChain.Anchor(published.globalIndex(),
                published.hash(), "PUBLISHED_CHECKPOINT"));
    }

    private boolean signed(Published published) {
        return published != null && key.verifies(published.keyId(), ChainHashing.checkpointMessage(context,
                published.globalIndex(),
                ChainHashing.unhex(published.hash())), Base64.getDecoder().decode(published.signature()));
    }

    private Published read(String value) {
        try {
            return json.readValue(value, Published.class);
        } catch (IOException unreadable) {
            LOG.warn("unreadable record on {}: {}", TOPIC, unreadable.toString());
            return null;
        }
    }
}
