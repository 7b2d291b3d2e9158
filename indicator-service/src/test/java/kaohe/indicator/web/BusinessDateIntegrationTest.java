package kaohe.indicator.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The liaison register of a demonstration on {@code kaohe.business-date=2020-10-15}: on time, late and overdue are
 * counted from the business date (names were due 2020-07-10), while the events keep the real instant.
 */
// a context of its own (the setting is read at start), closed afterwards so it does not linger beside the shared
// one as a second replica of the service
@TestPropertySource(properties = "kaohe.business-date=2020-10-15")
@DirtiesContext
class BusinessDateIntegrationTest extends IntegrationTestBase {

    @Test
    void theRegisterIsComputedAgainstTheBusinessDate() {
        String planId = newPlanId();
        assertThat(api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020,
                "title", "2020年度目标责任考核", "issuedOn", "2020-07-07", "liaisonDueOn", "2020-07-10",
                "departments", List.of("办公室", "督查处", "政策法规处"))).status()).isEqualTo(201);
        String base = "/api/indicator/plans/" + planId + "/liaisons/";
        Instant before = Instant.now();

        assertThat(api.put(Users.OFFICE, base + "办公室", null,
                Map.of("liaisonName", "李华", "designatedOn", "2020-07-09")).status()).isEqualTo(200);
        var today = api.put(Users.OFFICE, base + "督查处", null, Map.of("liaisonName", "王敏"));
        assertThat(today.status()).as(today.body().toString()).isEqualTo(200);

        JsonNode entries = api.get(Users.AUDITOR, "/api/indicator/plans/" + planId + "/liaisons").body();
        assertThat(entries.get(0).get("status").asText()).isEqualTo("DESIGNATED");
        assertThat(entries.get(1).get("designatedOn").asText()).as("named today, the business date")
                .isEqualTo("2020-10-15");
        assertThat(entries.get(1).get("status").asText()).isEqualTo("LATE");
        assertThat(entries.get(1).get("daysLate").asInt()).isEqualTo(97);
        assertThat(entries.get(2).get("status").asText()).isEqualTo("OVERDUE");
        assertThat(entries.get(2).get("daysLate").asInt()).isEqualTo(97);

        Instant recorded = Instant.parse(jdbc.queryForObject("""
                SELECT time_stamp FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE '%LiaisonDesignatedEvent'
                 ORDER BY sequence_number DESC LIMIT 1""", String.class, planId));
        assertThat(recorded).as("the event keeps the real instant")
                .isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    }

    @Test
    void aLiaisonNamedAfterTheBusinessDateIsRefusedAndChangesNothing() {
        String planId = newPlanId();
        api.post(Users.OFFICE, "/api/indicator/plans", Map.of("planId", planId, "year", 2020, "title", "计划",
                "departments", List.of("办公室")));
        long before = eventCount();
        var future = api.put(Users.OFFICE, "/api/indicator/plans/" + planId + "/liaisons/办公室", null,
                Map.of("liaisonName", "王敏", "designatedOn", "2020-10-16"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("designated-in-future");
        assertThat(future.body().path("errors").get(0).path("field").asText()).isEqualTo("designatedOn");
        assertThat(eventCount()).isEqualTo(before);
    }
}
