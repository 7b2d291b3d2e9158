package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.scoring.ScoringServiceApplication;
import kaohe.testengines.ApiClient;
import kaohe.testengines.Eventually;
import kaohe.testengines.ServiceInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the scoring service on one database, sharing the consumption of every topic: both answer with
 * every event either consumed, and a rebuild started on one is watched from the other, waits for an event the other is recording before it replaces the live
 * projections, and ends VERIFIED.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIntegrationTest {

    private static final String DAY = "kaohe.business-date=" + ScoringIntegrationTestBase.TODAY;

    private ServiceInstance first;
    private ServiceInstance second;
    private ApiClient a;
    private ApiClient b;
    private JdbcTemplate jdbc;

    @BeforeAll
    void startTwoInstances() {
        first = ServiceInstance.start(ScoringServiceApplication.class, DAY);
        second = ServiceInstance.start(ScoringServiceApplication.class, DAY);
        a = first.api();
        b = second.api();
        jdbc = first.bean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void aRebuildStartedOnOneInstanceIsWatchedFromTheOtherAndWaitsForTheOthersAppend() throws Exception {
        var plan = ScriptedPlan.publish(new EventsFeed(first.bean(KafkaTemplate.class),
                first.bean(ObjectMapper.class)));
        Eventually.await("scripted plan consumed", () -> jdbc.queryForObject(
                "SELECT count(*) FROM consumed_event WHERE plan_id = ?", Long.class, plan.planId) == plan.size());
        // Kafka split the topics' partitions between the two: each folds what the other recorded before answering
        String overview = "/api/scoring/plans/" + plan.planId + "/dashboard/office?period=2020";
        var fromA = a.get(OFFICE, overview);
        assertThat(fromA.status()).as(fromA.body().toString()).isEqualTo(200);
        assertThat(fromA.body().path("ranking")).hasSize(2);
        assertThat(b.get(OFFICE, overview).body()).isEqualTo(fromA.body());

        var appending = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // the other instance in the middle of recording an event: it holds the lock events are recorded under
        var otherJdbc = second.bean(JdbcTemplate.class);
        var otherInstanceAppends = CompletableFuture.runAsync(() -> second.bean(TransactionTemplate.class)
                .executeWithoutResult(status -> {
                    otherJdbc.query("SELECT pg_advisory_xact_lock(?)", row -> null, 0x6b616f6865L);
                    appending.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appending.await(10, TimeUnit.SECONDS)).isTrue();
        String id;
        try {
            var started = a.post(OFFICE, "/api/scoring/rebuilds", null);
            assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
            id = started.body().path("id").asText();
            Thread.sleep(2000); // folding this database takes well under that; then the rebuild waits to swap
            JsonNode watched = b.get(OFFICE, "/api/scoring/rebuilds/" + id).body();
            assertThat(watched.path("state").asText()).as(watched.toString()).isEqualTo("RUNNING");
            assertThat(b.post(OFFICE, "/api/scoring/rebuilds", null).code()).isEqualTo("rebuild-running");
        } finally {
            release.countDown();
            otherInstanceAppends.get(30, TimeUnit.SECONDS);
        }
        Eventually.await("rebuild " + id + " ended", () -> !"RUNNING".equals(
                b.get(OFFICE, "/api/scoring/rebuilds/" + id).body().path("state").asText()));
        JsonNode run = b.get(OFFICE, "/api/scoring/rebuilds/" + id).body();
        assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("VERIFIED");
        assertThat(run.path("eventsDone").asLong()).isGreaterThanOrEqualTo(plan.size());
    }
}
