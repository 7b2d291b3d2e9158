package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.platform.publish.EventEnvelope;
import kaohe.testengines.TestEngines;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.SendResult;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consumer that fails on a record neither skips it nor stalls: transient failures are retried until they pass,
 * a poison record is kept as a dead letter (table and {@code kaohe.ledger.dlt}) after its retries while the records
 * behind it are applied, and the office replays letters once their cause is gone.
 */
class ConsumerFailureIntegrationTest extends LedgerIntegrationTestBase {

    private static final String CATALOG = "ledger-indicator-catalog";

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private ObjectMapper json;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private FlakyListener flaky;

    @Test
    void aPoisonRecordIsDeadLetteredAfterItsRetriesAndTheNextOnItsPartitionIsApplied() throws Exception {
        String key = "plan-" + UUID.randomUUID();
        var poison = send("kaohe.indicator", key, "{not an envelope");
        double lettersBefore = deadLettersCounted(CATALOG);
        feed.publish("AssessmentPlan", key, 0, plan(key));

        await("the plan behind the poison record applied",
                () -> count("SELECT COUNT(*) FROM catalog_plan WHERE plan_id = ?", key) == 1);
        var sent = poison.getRecordMetadata();
        var letter = jdbc.queryForMap("""
                SELECT * FROM dead_letter
                 WHERE consumer = ? AND topic = ? AND kafka_partition = ? AND kafka_offset = ?""",
                CATALOG, "kaohe.indicator", sent.partition(), sent.offset());
        assertThat(letter.get("record_json")).isEqualTo("{not an envelope");
        assertThat(letter.get("record_key")).isEqualTo(key);
        assertThat((String) letter.get("failure")).contains("not an event envelope");
        assertThat(letter.get("resolved_at")).isNull();
        assertThat(deadLettersCounted(CATALOG)).isGreaterThanOrEqualTo(lettersBefore + 1);

        var published = deadLetterTopicRecord(poison);
        assertThat(published.value()).isEqualTo("{not an envelope");
        assertThat(header(published, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo("kaohe.indicator");
        assertThat(header(published, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP)).isEqualTo(CATALOG);
        assertThat(header(published, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not an event envelope");
    }

    @Test
    void aPayloadThatDoesNotBindIsDeadLetteredWithItsEventIdAndType() {
        String key = "plan-" + UUID.randomUUID();
        var unbound = envelope("indicator.AssessmentPlanDefined.v1", key,
                Map.of("planId", key, "year", "二〇二〇"));
        feed.send(unbound);

        await("the letter of " + unbound.eventId(), () -> count("SELECT COUNT(*) FROM dead_letter"
                + " WHERE consumer = ? AND event_id = ?", CATALOG, unbound.eventId()) == 1);
        var letter = jdbc.queryForMap("SELECT * FROM dead_letter WHERE event_id = ?", unbound.eventId());
        assertThat(letter.get("event_type")).isEqualTo("indicator.AssessmentPlanDefined.v1");
        assertThat((String) letter.get("failure"))
                .contains("is not a class kaohe.indicator.event.AssessmentPlanDefinedEvent");
        assertThat(count("SELECT COUNT(*) FROM catalog_plan WHERE plan_id = ?", key)).isZero();
        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE event_id = ?", unbound.eventId()))
                .as("nothing of it committed").isZero();
    }

    @Test
    void transientFailuresAreRetriedBeyondAPoisonRecordsAttemptsAndNeverDeadLettered() {
        var event = envelope("test.Flaky.v1", "flaky-" + UUID.randomUUID(), Map.of());
        flaky.failNext(event.eventId(), new CannotGetJdbcConnectionException("connection refused"),
                new CannotGetJdbcConnectionException("connection refused"),
                new CannotGetJdbcConnectionException("connection refused"),
                new CannotGetJdbcConnectionException("connection refused"),
                new CannotGetJdbcConnectionException("connection refused"));
        sendToFlaky(event);

        await("applied after the database came back", () -> flaky.applied(event.eventId()));
        assertThat(flaky.attempts(event.eventId())).as("five failures, then success").isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE event_id = ?", event.eventId())).isZero();
    }

    @Test
    void theOfficeReplaysALetterOnceItsCauseIsGone() {
        var event = envelope("test.Flaky.v1", "flaky-" + UUID.randomUUID(), Map.of());
        flaky.breakOn(event.eventId());
        sendToFlaky(event);
        await("the letter of " + event.eventId(), () -> count(
                "SELECT COUNT(*) FROM dead_letter WHERE consumer = ? AND event_id = ? AND resolved_at IS NULL",
                FlakyListener.CONSUMER, event.eventId()) == 1);
        assertThat(eventIds(api.get(LedgerUsers.AUDITOR, "/api/ledger/dead-letters").body()))
                .contains(event.eventId());

        var stillBroken = api.post(LedgerUsers.OFFICE, "/api/ledger/dead-letters/replay", null);
        assertThat(stillBroken.status()).as(stillBroken.body().toString()).isEqualTo(200);
        assertThat(eventIds(stillBroken.body().get("stillFailing"))).contains(event.eventId());
        assertThat(eventIds(stillBroken.body().get("replayed"))).doesNotContain(event.eventId());
        assertThat(flaky.applied(event.eventId())).isFalse();

        flaky.repair(event.eventId());
        var replayed = api.post(LedgerUsers.OFFICE, "/api/ledger/dead-letters/replay", null);
        assertThat(eventIds(replayed.body().get("replayed"))).contains(event.eventId());
        assertThat(flaky.applied(event.eventId())).isTrue();
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE event_id = ? AND resolved_at IS NOT NULL",
                event.eventId())).isEqualTo(1);
        assertThat(eventIds(api.get(LedgerUsers.OFFICE, "/api/ledger/dead-letters").body()))
                .doesNotContain(event.eventId());

        var again = api.post(LedgerUsers.OFFICE, "/api/ledger/dead-letters/replay", null);
        assertThat(eventIds(again.body().get("replayed"))).doesNotContain(event.eventId());
        assertThat(flaky.attempts(event.eventId())).as("the resolved letter is not run again").isEqualTo(5);
    }

    @Test
    void onlyTheOfficeReplaysAndOnlyTheOfficeAndAuditorsReadTheLetters() {
        assertProblem(api.post(LedgerUsers.AUDITOR, "/api/ledger/dead-letters/replay", null), 403, "forbidden");
        assertProblem(api.post(LedgerUsers.ZHENGWU, "/api/ledger/dead-letters/replay", null), 403, "forbidden");
        assertProblem(api.get(LedgerUsers.ZHENGWU, "/api/ledger/dead-letters"), 403, "forbidden");
        assertThat(api.post(LedgerUsers.NOBODY, "/api/ledger/dead-letters/replay", null).status()).isEqualTo(401);
        assertThat(api.get(LedgerUsers.NOBODY, "/api/ledger/dead-letters").status()).isEqualTo(401);
    }

    @Test
    void anUnknownEventTypeIsCountedAndShownNotDeadLetteredNorMarked() {
        var renamed = envelope("indicator.AssessmentPlanRenamed.v2", "plan-" + UUID.randomUUID(),
                Map.of("planId", "p", "title", "新标题"));
        feed.send(renamed);

        await("counted", () -> {
            var counter = meters.find("kaohe.consumer.unknown_types")
                    .tags("consumer", CATALOG, "type", "indicator.AssessmentPlanRenamed.v2").counter();
            return counter != null && counter.count() >= 1;
        });
        assertThat(count("SELECT COUNT(*) FROM dead_letter WHERE event_id = ?", renamed.eventId())).isZero();
        assertThat(count("SELECT COUNT(*) FROM processed_event WHERE consumer = ? AND event_id = ?", CATALOG,
                renamed.eventId())).as("no mark: a version that knows the type applies it when it comes again")
                .isZero();
        var details = consumersHealth().path("details").path(CATALOG);
        assertThat(details.path("unknownTypes").toString()).contains("indicator.AssessmentPlanRenamed.v2");
    }

    @Test
    void healthSaysWhichProjectionIsBehindAndStaysUp() throws Exception {
        var poison = send("kaohe.indicator", "plan-" + UUID.randomUUID(), "[]");
        await("the letter of the catalog's poison record", () -> count("""
                SELECT COUNT(*) FROM dead_letter WHERE consumer = ? AND kafka_partition = ? AND kafka_offset = ?""",
                CATALOG, poison.getRecordMetadata().partition(), poison.getRecordMetadata().offset()) == 1);

        var health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
        var consumers = consumersHealth();
        assertThat(consumers.path("status").asText()).isEqualTo("UP");
        var catalog = consumers.path("details").path(CATALOG);
        assertThat(catalog.path("behind").asBoolean()).isTrue();
        assertThat(catalog.path("unresolvedDeadLetters").asLong()).isEqualTo(
                count("SELECT COUNT(*) FROM dead_letter WHERE consumer = ? AND resolved_at IS NULL", CATALOG));
        assertThat(consumers.path("details").path("ledger-evidence-catalog").path("behind").isBoolean()).isTrue();
        assertThat(meters.get("kaohe.consumer.dead_letters.unresolved").gauge().value()).isPositive();
    }

    private JsonNode consumersHealth() {
        return http.getForEntity("/actuator/health", JsonNode.class).getBody().path("components").path("consumers");
    }

    private static List<String> eventIds(JsonNode letters) {
        return StreamSupport.stream(letters.spliterator(), false).map(letter -> letter.path("eventId").asText())
                .toList();
    }

    private double deadLettersCounted(String consumer) {
        var counter = meters.find("kaohe.consumer.dead_letters").tag("consumer", consumer).counter();
        return counter == null ? 0 : counter.count();
    }

    private static AssessmentPlanDefinedEvent plan(String planId) {
        return new AssessmentPlanDefinedEvent(planId, 2020, "2020年度考核", "市委办公室", "办〔2020〕1号",
                LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 15));
    }

    private EventEnvelope envelope(String type, String aggregateId, Map<String, Object> payload) {
        return new EventEnvelope(UUID.randomUUID().toString(), type, "Test", aggregateId, 0, Instant.now(),
                Map.of("actorId", "office-admin"), json.valueToTree(payload));
    }

    private void sendToFlaky(EventEnvelope envelope) {
        try {
            send(FlakyListener.TOPIC, envelope.aggregateId(), json.writeValueAsString(envelope));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SendResult<String, String> send(String topic, String key, String value) throws Exception {
        return kafka.send(topic, key, value).get(10, TimeUnit.SECONDS);
    }

    /** The record on the dead-letter topic that came from {@code original}'s partition and offset. */
    private static ConsumerRecord<String, String> deadLetterTopicRecord(SendResult<String, String> original) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEngines.get().kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("kaohe.ledger.dlt"));
            Instant deadline = Instant.now().plusSeconds(30);
            while (Instant.now().isBefore(deadline)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
                    var partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
                    if (offset != null && partition != null
                            && ByteBuffer.wrap(offset.value()).getLong() == original.getRecordMetadata().offset()
                            && ByteBuffer.wrap(partition.value()).getInt() == original.getRecordMetadata().partition()
                            && "kaohe.indicator".equals(header(record, KafkaHeaders.DLT_ORIGINAL_TOPIC))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no record of " + original.getRecordMetadata() + " on kaohe.ledger.dlt");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
