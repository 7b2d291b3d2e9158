package kaohe.indicator.web;

import kaohe.indicator.IndicatorServiceApplication;
import kaohe.testengines.ApiClient;
import kaohe.testengines.ServiceInstance;
import kaohe.testengines.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the indicator service on one database and broker, as `./kaohe start --instances 2` runs them:
 * one without the aggregate cache, one whose cache checks the store. A write through either sees every write made
 * through the other, an Idempotency-Key is remembered by both, and the Kafka publisher's claim left by a killed
 * instance is taken over once it times out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

    private ServiceInstance uncached;
    private ServiceInstance coherent;
    private ApiClient a;
    private ApiClient b;
    private JdbcTemplate jdbc;

    @BeforeAll
    void startTwoInstances() {
        uncached = ServiceInstance.start(IndicatorServiceApplication.class, "kaohe.aggregate-cache.enabled=false");
        coherent = ServiceInstance.start(IndicatorServiceApplication.class, "kaohe.aggregate-cache.coherent=true");
        a = uncached.api();
        b = coherent.api();
        jdbc = uncached.bean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (coherent != null) {
            coherent.close();
        }
        if (uncached != null) {
            uncached.close();
        }
    }

    private String seedIndicator() {
        String planId = IntegrationTestBase.newPlanId();
        var imported = a.upload(Users.OFFICE, "/api/indicator/imports?commit=true&planId=" + planId,
                IntegrationTestBase.seed(), "分解表.txt");
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(200);
        return SeedImportIntegrationTest.find(
                b.get(Users.OFFICE, "/api/indicator/plans/" + planId + "/indicators").body(), "市考个性工作-3")
                .get("indicatorId").asText();
    }

    private ApiClient.Answer revise(ApiClient instance, String indicatorId, long ifMatch, int value) {
        return instance.put(Users.OFFICE, "/api/indicator/indicators/" + indicatorId + "/targets/T1",
                "\"" + ifMatch + "\"", Map.of("value", value, "unit", "个", "subject", "示范镇街",
                        "reason", "两个实例轮流修订 " + value));
    }

    private List<Long> sequences(String aggregateId) {
        return jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " ORDER BY sequence_number", Long.class, aggregateId);
    }

    @Test
    void revisionsAlternatingBetweenInstancesEachSeeTheOthersWriteAndAreStoredOnce() {
        String id = seedIndicator();
        // the cached instance holds version 1 after its own write; the other then moves the indicator to 2
        assertThat(revise(b, id, 0, 31).status()).isEqualTo(200);
        assertThat(revise(a, id, 1, 32).status()).isEqualTo(200);
        var third = revise(b, id, 2, 33);
        assertThat(third.status()).as("the cached instance must not work on version 1: " + third.body())
                .isEqualTo(200);
        assertThat(third.headers().getETag()).isEqualTo("\"3\"");
        assertThat(revise(a, id, 3, 34).status()).isEqualTo(200);

        var staleOnCached = revise(b, id, 3, 35);
        var staleOnUncached = revise(a, id, 2, 36);
        assertThat(staleOnCached.status()).isEqualTo(412);
        assertThat(staleOnUncached.status()).isEqualTo(412);

        assertThat(sequences(id)).containsExactly(0L, 1L, 2L, 3L, 4L);
        var current = a.get(Users.OFFICE, "/api/indicator/indicators/" + id);
        assertThat(current.headers().getETag()).isEqualTo("\"4\"");
        assertThat(current.body().at("/targets/0/value").asInt()).isEqualTo(34);
    }

    @Test
    void anIdempotencyKeyUsedOnOneInstanceIsAnsweredFromMemoryByTheOther() {
        String planId = IntegrationTestBase.newPlanId();
        var headers = Users.OFFICE.headers();
        headers.set("Idempotency-Key", "two-instances-" + planId);
        Map<String, Object> plan = Map.of("planId", planId, "year", 2020, "title", "两个实例", "departments",
                List.of("办公室"), "leaders", List.of("段重利"));
        var first = a.call(HttpMethod.POST, "/api/indicator/plans", headers, plan);
        List<Long> stored = sequences(planId);
        var again = b.call(HttpMethod.POST, "/api/indicator/plans", headers, plan);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(sequences(planId)).as("nothing appended by the repeat").isEqualTo(stored);
    }

    @Test
    void aPublisherClaimLeftByAKilledInstanceIsTakenOverOnceItTimesOut() throws Exception {
        String id = seedIndicator();
        // as kill -9 leaves it: the claim held, freshly renewed, by an instance that will never renew it again
        Instant killed = Instant.now();
        jdbc.update("UPDATE token_entry SET owner = 'killed-instance', timestamp = ? WHERE processor_name = ?",
                killed.toString(), "kafka-publisher");
        Thread.sleep(1500); // the live owner finds its claim gone at its next renewal (every second)

        assertThat(revise(b, id, 0, 37).status()).isEqualTo(200);
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 1", String.class, id);
        TopicProbe.awaitEvent("kaohe.indicator", eventId, Duration.ofSeconds(20));
        Duration published = Duration.between(killed, Instant.now());

        assertThat(published).as("the dead instance's claim was respected until it timed out")
                .isGreaterThanOrEqualTo(CLAIM_TIMEOUT.minusSeconds(1));
        assertThat(published).as("a live instance took the claim over soon after")
                .isLessThan(CLAIM_TIMEOUT.plusSeconds(6));
        assertThat(jdbc.queryForObject("SELECT owner FROM token_entry WHERE processor_name = 'kafka-publisher'",
                String.class)).isNotEqualTo("killed-instance");
    }
}
