package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad input of the issue: a clear problem-details error and nothing changed. */
class LedgerBadInputIntegrationTest extends LedgerIntegrationTestBase {

    /** Asserts the refusal and that no event was written by it. */
    private void refused(int status, String code, Supplier<ApiClient.Answer> request) {
        long before = eventCount();
        assertProblem(request.get(), status, code);
        assertThat(eventCount()).as("events after a refused " + code).isEqualTo(before);
    }

    @Test
    void aTaskUnderAnIndicatorTheDepartmentDoesNotCarry() {
        PlanFixture plan = plan();
        refused(422, "indicator-not-carried", () -> api.post(LedgerUsers.DUCHA, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.OTHER, completeDefines())));
        refused(400, "unknown-indicator", () -> api.post(LedgerUsers.DUCHA, "/api/ledger/tasks",
                draftTask(plan, "no-such-indicator", PlanFixture.OTHER, completeDefines())));
        assertThat(count("SELECT COUNT(*) FROM ledger_task_view WHERE plan_id = ?", plan.planId())).isZero();
    }

    @Test
    void submittingATaskWhoseSixDefinesAreIncomplete() {
        PlanFixture plan = plan();
        var defines = completeDefines();
        defines.remove("responsiblePerson");
        defines.remove("deadline");
        defines.remove("milestones");
        var draft = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, defines));
        String path = "/api/ledger/tasks/" + draft.body().get("taskId").asText();
        long before = eventCount();
        var answer = api.post(LedgerUsers.ZHENGWU, path + "/submission", draft.headers().getETag(), null);
        assertProblem(answer, 422, "defines-incomplete");
        assertThat(answer.body().get("detail").asText()).contains("DEADLINE", "RESPONSIBLE_PERSON");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.get(LedgerUsers.ZHENGWU, path).body().get("status").asText()).isEqualTo("DRAFT");
    }

    @Test
    void definesThatContradictTheIndicatorOrThemselves() {
        PlanFixture plan = plan();
        var wrongUnit = completeDefines();
        wrongUnit.put("quantity", Map.of("value", 30, "unit", "家", "targetKey", "T1"));
        refused(400, "unit-mismatch", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, wrongUnit)));
        var unknownTarget = completeDefines();
        unknownTarget.put("quantity", Map.of("value", 30, "unit", "个", "targetKey", "T7"));
        refused(400, "unknown-target", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, unknownTarget)));
        var nextYear = completeDefines();
        nextYear.put("deadline", "2021-06-30");
        refused(400, "deadline-outside-year", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, nextYear)));
        var both = completeDefines();
        both.put("qualitative", true);
        refused(400, "qualitative-with-quantity", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, both)));
        var lateMilestone = completeDefines();
        lateMilestone.put("milestones", java.util.List.of(Map.of("dueOn", "2021-01-10", "description", "收尾")));
        refused(400, "milestone-after-deadline", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, lateMilestone)));
    }

    @Test
    void aProgressValueInAnotherUnitThanTheTarget() {
        PlanFixture plan = plan();
        String taskId = submittedTask(plan).get("taskId").asText();
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        String path = "/api/ledger/checks/" + check.body().get("checkId").asText() + "/progress/" + taskId;
        String etag = check.headers().getETag();
        refused(400, "unit-mismatch", () -> api.put(LedgerUsers.ZHENGWU, path, etag,
                Map.of("actualValue", 12, "unit", "%", "status", "ON_TRACK")));
        refused(400, "actual-value-required", () -> api.put(LedgerUsers.ZHENGWU, path, etag,
                Map.of("unit", "个", "status", "ON_TRACK")));
        refused(400, "negative-progress", () -> api.put(LedgerUsers.ZHENGWU, path, etag,
                Map.of("actualValue", -1, "unit", "个", "status", "ON_TRACK")));
        refused(400, "unknown-value", () -> api.put(LedgerUsers.ZHENGWU, path, etag,
                Map.of("actualValue", 1, "unit", "个", "status", "FINISHED")));
        refused(400, "task-not-in-ledger", () -> api.put(LedgerUsers.ZHENGWU,
                "/api/ledger/checks/" + check.body().get("checkId").asText() + "/progress/no-such-task", etag,
                Map.of("actualValue", 1, "unit", "个", "status", "ON_TRACK")));
        assertThat(count("SELECT COUNT(*) FROM task_progress_view WHERE task_id = ?", taskId)).isZero();
    }

    @Test
    void aCheckOrReportForAFuturePeriodOrOutsideThePlanYear() {
        PlanFixture plan = plan();
        refused(400, "month-in-future", () -> openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-10"));
        refused(400, "month-outside-year", () -> openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2019-12"));
        refused(400, "invalid-request", () -> openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-13x"));
        refused(400, "quarter-in-future", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports",
                Map.of("planId", plan.planId(), "department", PlanFixture.LEAD, "quarter", "2020-Q4")));
        refused(400, "quarter-outside-year", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports",
                Map.of("planId", plan.planId(), "department", PlanFixture.LEAD, "quarter", "2021-Q1")));
        refused(400, "unknown-plan", () -> api.post(LedgerUsers.OFFICE, "/api/ledger/reports",
                Map.of("planId", "no-such-plan", "department", PlanFixture.LEAD, "quarter", "2020-Q1")));
    }

    @Test
    void resubmittingAnAcceptedReportAndReturningWithoutAReason() {
        PlanFixture plan = plan();
        clock.today(LocalDate.of(2020, 7, 3));
        var report = api.post(LedgerUsers.DUCHA, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.OTHER, "quarter", "2020-Q2", "narrative", "二季度督办情况。"));
        String path = "/api/ledger/reports/" + report.body().get("reportId").asText();
        var submitted = api.post(LedgerUsers.DUCHA, path + "/submission", report.headers().getETag(), null);
        String etag = submitted.headers().getETag();
        refused(400, "reason-required", () -> api.post(LedgerUsers.OFFICE, path + "/return", etag, Map.of()));
        refused(400, "reason-required", () -> api.post(LedgerUsers.OFFICE, path + "/return", etag,
                Map.of("reason", "   ")));
        refused(422, "report-under-review", () -> api.post(LedgerUsers.DUCHA, path + "/submission", etag, null));
        var accepted = api.post(LedgerUsers.OFFICE, path + "/acceptance", etag, null);
        assertThat(accepted.status()).isEqualTo(200);
        refused(422, "report-already-accepted", () -> api.post(LedgerUsers.DUCHA, path + "/submission",
                accepted.headers().getETag(), null));
        refused(422, "report-already-accepted", () -> api.put(LedgerUsers.DUCHA, path,
                accepted.headers().getETag(), Map.of("narrative", "改写")));
        refused(422, "report-not-submitted", () -> api.post(LedgerUsers.OFFICE, path + "/return",
                accepted.headers().getETag(), Map.of("reason", "再看看")));
    }

    @Test
    void anUpdateWithAStaleOrMissingVersion() {
        PlanFixture plan = plan();
        var draft = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines()));
        String path = "/api/ledger/tasks/" + draft.body().get("taskId").asText();
        String first = draft.headers().getETag();
        var changed = completeDefines();
        changed.put("measures", "逐镇街对标验收");
        assertThat(api.put(LedgerUsers.ZHENGWU, path + "/defines", first, Map.of("defines", changed)).status())
                .isEqualTo(200);
        changed.put("measures", "按周通报");
        refused(412, "stale-version", () -> api.put(LedgerUsers.ZHENGWU, path + "/defines", first,
                Map.of("defines", changed)));
        refused(428, "if-match-required", () -> api.put(LedgerUsers.ZHENGWU, path + "/defines", null,
                Map.of("defines", changed)));
        refused(400, "invalid-if-match", () -> api.put(LedgerUsers.ZHENGWU, path + "/defines", "latest",
                Map.of("defines", changed)));
    }

    @Test
    void malformedOversizedAndUnknownFields() {
        PlanFixture plan = plan();
        HttpHeaders headers = LedgerUsers.ZHENGWU.headers();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        refused(400, "malformed-json", () -> api.call(HttpMethod.POST, "/api/ledger/tasks", headers, "{\"planId\":"));
        var smuggled = new java.util.HashMap<String, Object>(draftTask(plan, plan.demoTowns(), PlanFixture.LEAD,
                completeDefines()));
        smuggled.put("status", "SUBMITTED");
        refused(400, "unknown-field", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks", smuggled));
        var longTitle = new java.util.HashMap<String, Object>(draftTask(plan, plan.demoTowns(), PlanFixture.LEAD,
                completeDefines()));
        longTitle.put("title", "长".repeat(201));
        refused(400, "invalid-request", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks", longTitle));
        var huge = new java.util.HashMap<String, Object>(draftTask(plan, plan.demoTowns(), PlanFixture.LEAD,
                completeDefines()));
        huge.put("title", "x".repeat(300_000));
        refused(413, "payload-too-large", () -> api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks", huge));
        refused(400, "invalid-quarter", () -> api.get(LedgerUsers.OFFICE, "/api/ledger/reports/board?planId="
                + plan.planId() + "&quarter=2020-Q5"));
        refused(404, "task-not-found", () -> api.get(LedgerUsers.OFFICE, "/api/ledger/tasks/nope"));
    }

    @Test
    void closingAGapTwiceOrWithoutResolution() {
        PlanFixture plan = plan();
        var check = openCheck(LedgerUsers.DUCHA, plan, PlanFixture.OTHER, "2020-08");
        String path = "/api/ledger/checks/" + check.body().get("checkId").asText();
        var gap = api.post(LedgerUsers.DUCHA, path + "/gaps",
                Map.of("description", "督办台账缺 7 月数据", "owner", "王敏", "fixBy", "2020-09-10"));
        String gapPath = gap.headers().getLocation().toString().replaceAll("^.*(/api/)", "/api/");
        refused(400, "invalid-request", () -> api.post(LedgerUsers.DUCHA, gapPath + "/closure", Map.of()));
        assertThat(api.post(LedgerUsers.DUCHA, gapPath + "/closure", Map.of("resolution", "已补录")).status())
                .isEqualTo(200);
        refused(422, "gap-already-closed", () -> api.post(LedgerUsers.DUCHA, gapPath + "/closure",
                Map.of("resolution", "又补录")));
        refused(404, "gap-not-found", () -> api.post(LedgerUsers.DUCHA, path + "/gaps/nope/closure",
                Map.of("resolution", "x")));
        refused(400, "fix-by-before-month", () -> api.post(LedgerUsers.DUCHA, path + "/gaps",
                Map.of("description", "x", "owner", "王敏", "fixBy", "2020-07-31")));
        refused(422, "summary-required", () -> api.post(LedgerUsers.DUCHA, path + "/submission",
                currentEtag(path), null));
    }

    private String currentEtag(String path) {
        return api.get(LedgerUsers.OFFICE, path).headers().getETag();
    }

    @Test
    void theSameMonthOpenedTwiceIsRefused() {
        PlanFixture plan = plan();
        assertThat(openCheck(LedgerUsers.DUCHA, plan, PlanFixture.OTHER, "2020-07").status()).isEqualTo(201);
        refused(409, "already-exists", () -> openCheck(LedgerUsers.DUCHA, plan, PlanFixture.OTHER, "2020-07"));
        JsonNode checks = api.get(LedgerUsers.DUCHA, "/api/ledger/checks?planId=" + plan.planId() + "&department="
                + PlanFixture.OTHER).body();
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).get("daysOverdue").asInt()).as("due 2020-07-31, today 2020-09-03").isEqualTo(34);
    }

    @Test
    void aReportReferringToEvidenceItsDepartmentCannotUse() {
        PlanFixture plan = plan();
        String theirs = plan.planId() + "-theirs";
        String withdrawn = plan.planId() + "-withdrawn";
        evidence(plan, PlanFixture.LEAD, theirs);
        evidence(plan, PlanFixture.OTHER, withdrawn);
        feed.publish("evidence", "Evidence", withdrawn, 1,
                new kaohe.evidence.event.EvidenceWithdrawnEvent(withdrawn, PlanFixture.OTHER));
        await("withdrawal consumed", () -> count(
                "SELECT COUNT(*) FROM catalog_evidence WHERE evidence_id = ? AND withdrawn", withdrawn) == 1);
        for (String evidenceId : new String[] {theirs, withdrawn, plan.planId() + "-never-uploaded"}) {
            refused(400, "unusable-evidence", () -> api.post(LedgerUsers.DUCHA, "/api/ledger/reports",
                    Map.of("planId", plan.planId(), "department", PlanFixture.OTHER, "quarter", "2020-Q3",
                            "narrative", "三季度督办情况。", "evidence", java.util.List.of(evidenceId))));
        }
    }
}
