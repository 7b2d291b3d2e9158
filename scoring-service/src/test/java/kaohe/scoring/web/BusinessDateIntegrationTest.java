package kaohe.scoring.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static kaohe.scoring.web.ScoringUsers.OFFICE;
import static kaohe.scoring.web.ScriptedPlan.A;
import static kaohe.scoring.web.ScriptedPlan.B;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripted plan played as a demonstration on {@code kaohe.business-date=2020-10-15} years after 2020: every
 * event is recorded now (real instants) and says in its metadata the business day it happened on. Scores, lights
 * and "as of a day" come out exactly as when the same facts happened in 2020 (see ScriptedScoringIntegrationTest).
 */
// a context of its own (the setting is read at start), closed afterwards so it does not linger beside the shared
// one as a second replica of the service
@TestPropertySource(properties = "kaohe.business-date=2020-10-15")
@DirtiesContext
class BusinessDateIntegrationTest extends ScoringIntegrationTestBase {

    private ScriptedPlan plan;
    private String base;
    private Instant started;

    @BeforeEach
    void aDemonstrationYearsLater() {
        started = Instant.now();
        clock.today(LocalDate.of(2026, 12, 6));
        GenericEventMessage.clock = Clock.systemUTC();
        feed = EventsFeed.underBusinessDates(kafka, json);
        plan = scripted();
        base = "/api/scoring/plans/" + plan.planId;
        ok(api.put(OFFICE, base + "/departments/" + A + "/supervision/2020-Q3", null,
                Map.of("score", 90, "comment", "按月督办，推进有力")));
        ok(api.post(OFFICE, base + "/departments/" + A + "/bonuses",
                Map.of("quarter", "2020-Q3", "points", 3, "reason", "示范镇街经验被市级推广")));
        ok(api.post(OFFICE, base + "/departments/" + A + "/breaches", Map.of("indicatorId", plan.negativeItem,
                "occurredOn", "2020-08-20", "description", "窗口违规收取材料费", "evidence", List.of(),
                "confirmedBy", "办公室主任")));
        awaitScoringEvents(plan, 3);
    }

    @Test
    void scoresAndLightsAreThoseOfTheBusinessDateNotOfTheClock() {
        JsonNode ranking = rankingUnder(plan, 0);
        assertThat(ranking.get(0).path("department").asText()).isEqualTo(A);
        assertThat(ranking.get(0).path("total").decimalValue()).isEqualByComparingTo("74.62");
        assertThat(ScriptedScoringIntegrationTest.component(ranking.get(0), "completion").path("score").decimalValue())
                .isEqualByComparingTo("69.06");
        assertThat(ranking.get(0).path("warning").asText()).isEqualTo("RED");
        assertThat(ranking.get(1).path("department").asText()).isEqualTo(B);
        assertThat(ranking.get(1).path("total").decimalValue()).isEqualByComparingTo("68.75");

        JsonNode dashboard = ok(api.get(OFFICE, base + "/dashboard/office"));
        assertThat(dashboard.path("evaluatedOn").asText()).isEqualTo("2020-10-15");
        var future = api.get(OFFICE, base + "/scorecards/" + A + "?asOf=2020-10-16");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("as-of-in-future");
    }

    /** As in ScriptedScoringIntegrationTest: on 2020-08-31 only the July check was known, 33.33 in all. */
    @Test
    void aPastDayShowsWhatHadHappenedByThatBusinessDayThoughEverythingWasRecordedNow() {
        rankingUnder(plan, 0);
        JsonNode then = ok(api.get(OFFICE, base + "/scorecards/" + A + "?period=2020&asOf=2020-08-31"));
        assertThat(then.path("total").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(then.path("bonus").decimalValue()).isEqualByComparingTo("0");

        OffsetDateTime earliest = jdbc.queryForObject("SELECT min(occurred_at) FROM consumed_event WHERE plan_id = ?",
                OffsetDateTime.class, plan.planId);
        assertThat(earliest.toInstant()).as("events keep the real instant")
                .isAfter(started.minus(Duration.ofSeconds(1)));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM consumed_event WHERE plan_id = ? AND type LIKE 'scoring.%'
                   AND business_day = DATE '2020-10-15' AND envelope LIKE '%"businessDate":"2020-10-15"%'""",
                Long.class, plan.planId)).as("the office's acts happened on the business date").isEqualTo(3);
    }

    private static JsonNode ok(kaohe.testengines.ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body() == null ? "" : answer.body().toString()).isBetween(200, 299);
        return answer.body();
    }
}
