package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger of a demonstration on {@code kaohe.business-date=2020-10-15} while the real clock says December 2026:
 * due, overdue and late are counted from the business date, and the events still record the real instant.
 */
// a context of its own (the setting is read at start), closed afterwards so it does not linger beside the shared
// one as a second replica of the service
@TestPropertySource(properties = "kaohe.business-date=2020-10-15")
@DirtiesContext
class BusinessDateIntegrationTest extends LedgerIntegrationTestBase {

    @BeforeEach
    void theRealClockIsYearsAhead() {
        clock.today(LocalDate.of(2026, 12, 6));
    }

    @Test
    void aMonthlyCheckNotHandedInIsOverdueByDaysFromTheBusinessDate() {
        PlanFixture plan = plan();
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        assertThat(check.status()).as(check.body().toString()).isEqualTo(201);

        JsonNode view = api.get(LedgerUsers.OFFICE, "/api/ledger/checks/" + check.body().get("checkId").asText())
                .body();
        assertThat(view.get("dueOn").asText()).isEqualTo("2020-08-31");
        assertThat(view.get("status").asText()).isEqualTo("OPEN");
        assertThat(view.get("daysOverdue").asInt()).isEqualTo(45);
    }

    @Test
    void aCheckHandedInTodayIsLateByTheBusinessDayAndItsEventKeepsTheRealInstant() {
        PlanFixture plan = plan();
        Instant before = Instant.now();
        JsonNode september = handIn(plan, "2020-09");
        assertThat(september.get("submittedOn").asText()).isEqualTo("2020-10-15");
        assertThat(september.get("daysLate").asInt()).isEqualTo(15);
        assertThat(september.hasNonNull("daysOverdue")).isFalse();

        JsonNode october = handIn(plan, "2020-10");
        assertThat(october.get("submittedOn").asText()).isEqualTo("2020-10-15");
        assertThat(october.get("daysLate").asInt()).isZero();

        Instant recorded = Instant.parse(jdbc.queryForObject("""
                SELECT time_stamp FROM domain_event_entry
                 WHERE aggregate_identifier = ? AND payload_type LIKE '%MonthlyCheckSubmittedEvent'""",
                String.class, september.get("checkId").asText()));
        assertThat(recorded).isBetween(before, Instant.now().plus(Duration.ofSeconds(1)));
    }

    @Test
    void aMonthAfterTheBusinessDateHasNotBegun() {
        PlanFixture plan = plan();
        long events = eventCount();
        assertProblem(openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-11"), 400, "month-in-future");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theCheckCalendarGivesEachMonthsDueDateAndWhetherItHasBegunByTheBusinessDay() {
        PlanFixture plan = plan();
        var answer = api.get(LedgerUsers.ZHENGWU, "/api/ledger/checks/calendar?planId=" + plan.planId());
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        JsonNode calendar = answer.body();
        assertThat(calendar.get("today").asText()).isEqualTo("2020-10-15");
        JsonNode months = calendar.get("months");
        assertThat(months).hasSize(12);
        assertThat(months.get(0).get("month").asText()).isEqualTo("2020-01");
        assertThat(months.get(1).get("dueOn").asText()).isEqualTo("2020-02-29");
        assertThat(months.get(9).get("month").asText()).isEqualTo("2020-10");
        assertThat(months.get(9).get("dueOn").asText()).isEqualTo("2020-10-31");
        assertThat(months.get(9).get("begun").asBoolean()).isTrue();
        assertThat(months.get(10).get("begun").asBoolean()).isFalse();

        // the due date it announces is the one an opened check carries
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-10");
        assertThat(check.body().get("dueOn").asText()).isEqualTo(months.get(9).get("dueOn").asText());
    }

    @Test
    void theCheckCalendarOfAnUnknownPlanOrForNobodyIsRefused() {
        assertProblem(api.get(LedgerUsers.ZHENGWU, "/api/ledger/checks/calendar?planId=no-such-plan"), 404,
                "unknown-plan");
        assertProblem(api.get(LedgerUsers.ZHENGWU, "/api/ledger/checks/calendar"), 400, "invalid-parameter");
        var anonymous = api.get(LedgerUsers.NOBODY, "/api/ledger/checks/calendar?planId=no-such-plan");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void theQuarterlyBoardCountsLateAndOverdueFromTheBusinessDate() {
        PlanFixture plan = plan();
        var report = api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.LEAD, "quarter", "2020-Q3", "narrative", "三季度示范镇街创建完成 12 个。"));
        assertThat(report.status()).as(report.body().toString()).isEqualTo(201);
        var submitted = api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports/" + report.body().get("reportId").asText()
                + "/submission", report.headers().getETag(), null);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        assertThat(submitted.body().get("daysLate").asInt()).isEqualTo(15);

        JsonNode board = api.get(LedgerUsers.OFFICE, "/api/ledger/reports/board?planId=" + plan.planId()
                + "&quarter=2020-Q3").body();
        assertThat(board.get("dueOn").asText()).isEqualTo("2020-09-30");
        int departments = board.get("departments").size();
        assertThat(board.get("counts").get("OVERDUE").asInt()).isEqualTo(departments - 1).isPositive();
        for (JsonNode row : board.get("departments")) {
            if (row.get("department").asText().equals(PlanFixture.LEAD)) {
                assertThat(row.get("submittedOn").asText()).isEqualTo("2020-10-15");
                assertThat(row.get("daysLate").asInt()).isEqualTo(15);
                assertThat(row.get("overdue").asBoolean()).isFalse();
            } else {
                assertThat(row.get("overdue").asBoolean()).isTrue();
                assertThat(row.get("daysOverdue").asInt()).isEqualTo(15);
            }
        }
    }

    /** Opens the department's check of {@code month}, writes its summary and hands it in; returns the view. */
    private JsonNode handIn(PlanFixture plan, String month) {
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, month);
        assertThat(check.status()).as(check.body().toString()).isEqualTo(201);
        String path = "/api/ledger/checks/" + check.body().get("checkId").asText();
        var summary = api.put(LedgerUsers.ZHENGWU, path + "/summary", check.headers().getETag(),
                Map.of("summary", month + " 示范镇街创建按计划推进。"));
        assertThat(summary.status()).as(summary.body().toString()).isEqualTo(200);
        var handedIn = api.post(LedgerUsers.ZHENGWU, path + "/submission", summary.headers().getETag(), null);
        assertThat(handedIn.status()).as(handedIn.body().toString()).isEqualTo(200);
        return handedIn.body();
    }
}
