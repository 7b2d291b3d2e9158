package kaohe.platform.consume;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import kaohe.platform.publish.EventEnvelope;
import kaohe.testengines.TestEngines;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consumption on a real PostgreSQL with the platform's own migrations: once per event id, atomically. */
class IdempotentConsumerTest {

    private static JdbcTemplate jdbc;
    private static IdempotentConsumer consumer;
    private static final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @BeforeAll
    static void database() {
        var engines = TestEngines.get();
        var dataSource = new DriverManagerDataSource(engines.jdbcUrl("scoring"), engines.postgresUser(),
                engines.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("CREATE TABLE IF NOT EXISTS consumed_sum (id INT PRIMARY KEY, total INT NOT NULL)");
        jdbc.update("INSERT INTO consumed_sum VALUES (1, 0) ON CONFLICT DO NOTHING");
        consumer = new IdempotentConsumer(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                json, new SimpleMeterRegistry(), new UnknownEventTypes(new SimpleMeterRegistry()));
    }

    private static EventEnvelope envelope() {
        return new EventEnvelope(UUID.randomUUID().toString(), "indicator.IndicatorTargetRevised.v1", "Indicator",
                "ind-1", 4, Instant.now(), Map.of("actorId", "office-admin"),
                json.valueToTree(Map.of("indicatorId", "ind-1", "value", 35)));
    }

    private static int total() {
        return jdbc.queryForObject("SELECT total FROM consumed_sum WHERE id = 1", Integer.class);
    }

    @Test
    void aRedeliveredEventIsRecognisedAndSkipped() throws Exception {
        var envelope = consumer.read(json.writeValueAsString(envelope()));
        int before = total();
        var runs = new AtomicInteger();

        boolean first = consumer.consume("scorecard", envelope, e -> {
            runs.incrementAndGet();
            jdbc.update("UPDATE consumed_sum SET total = total + ? WHERE id = 1",
                    e.payload().get("value").asInt());
        });
        boolean again = consumer.consume("scorecard", envelope, e -> runs.incrementAndGet());
        boolean otherConsumer = consumer.consume("ranking", envelope, e -> runs.incrementAndGet());

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(otherConsumer).isTrue();
        assertThat(runs).hasValue(2);
        assertThat(total()).isEqualTo(before + 35);
    }

    @Test
    void aFailedHandlerLeavesNoMarkSoTheEventIsProcessedOnRedelivery() {
        var envelope = envelope();
        int before = total();
        assertThatThrownBy(() -> consumer.consume("scorecard", envelope, e -> {
            jdbc.update("UPDATE consumed_sum SET total = total + 100 WHERE id = 1");
            throw new IllegalStateException("projection failed");
        })).hasMessage("projection failed");
        assertThat(total()).isEqualTo(before);

        assertThat(consumer.consume("scorecard", envelope,
                e -> jdbc.update("UPDATE consumed_sum SET total = total + 1 WHERE id = 1"))).isTrue();
        assertThat(total()).isEqualTo(before + 1);
    }

    record ScoreAddedEvent(int value) {
    }

    record ScoreViewedEvent() {
    }

    @Test
    void onlyAHandledTypeOpensATransactionAndLeavesAMark() {
        var transactions = new AtomicInteger();
        var counted = new IdempotentConsumer(jdbc, new TransactionTemplate(
                new DataSourceTransactionManager(jdbc.getDataSource())) {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactions.incrementAndGet();
                return super.execute(action);
            }
        }, json, new SimpleMeterRegistry(), new UnknownEventTypes(new SimpleMeterRegistry()));
        var handlers = counted.handlers("scorecard-handlers", "test")
                .on(ScoreAddedEvent.class, added -> jdbc.update(
                        "UPDATE consumed_sum SET total = total + ? WHERE id = 1", added.value()))
                .ignoring(ScoreViewedEvent.class);
        var added = typed("test.ScoreAdded.v1", Map.of("value", 7));
        var viewed = typed("test.ScoreViewed.v1", Map.of());
        var unknown = typed("test.ScoreRenamed.v2", Map.of());
        int before = total();

        assertThat(counted.consume(viewed, handlers)).isFalse();
        assertThat(counted.consume(unknown, handlers)).isFalse();
        assertThat(transactions).as("no transaction for what changes nothing").hasValue(0);
        assertThat(counted.consume(added, handlers)).isTrue();
        assertThat(counted.consume(added, handlers)).as("redelivered").isFalse();
        assertThat(transactions).hasValue(2);

        assertThat(total()).isEqualTo(before + 7);
        assertThat(marks(viewed)).isZero();
        assertThat(marks(unknown)).isZero();
        assertThat(marks(added)).isEqualTo(1);
    }

    @Test
    void oneGroupFeedingSeveralProjectionsRetriesOnlyTheOneThatFailed() {
        var applied = new AtomicInteger();
        var failing = new AtomicInteger(1);
        var catalog = consumer.handlers("catalog-of-group", "test")
                .on(ScoreAddedEvent.class, added -> applied.incrementAndGet());
        var leaders = consumer.handlers("leaders-of-group", "test").on(ScoreAddedEvent.class, added -> {
            if (failing.getAndDecrement() > 0) {
                throw new IllegalStateException("leaders failed");
            }
            applied.incrementAndGet();
        });
        var added = typed("test.ScoreAdded.v1", Map.of("value", 1));

        assertThatThrownBy(() -> consumer.consumeEach(added, catalog, leaders)).hasMessage("leaders failed");
        assertThat(applied).as("the catalog applied it, the leaders did not").hasValue(1);
        consumer.consumeEach(added, catalog, leaders); // the record's redelivery
        consumer.consumeEach(added, catalog, leaders); // and another

        assertThat(applied).as("each projection applied it once").hasValue(2);
        assertThat(marks(added)).isEqualTo(2);
    }

    private static EventEnvelope typed(String type, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, "Score", "s-1", 0, Instant.now(), Map.of(),
                json.valueToTree(payload));
    }

    private static int marks(EventEnvelope envelope) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", Integer.class,
                envelope.eventId());
    }

    @Test
    void somethingThatIsNotAnEnvelopeIsRefused() {
        assertThatThrownBy(() -> consumer.read("{\"not\":\"an envelope\"")).isInstanceOf(IllegalArgumentException.class);
    }
}
