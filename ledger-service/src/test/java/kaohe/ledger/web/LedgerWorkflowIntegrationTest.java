package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a liaison builds the department's ledger, records a monthly check with gaps and a
 * summary, submits the quarterly report; the office returns it with a reason; the liaison resubmits; the
 * office accepts; the history shows every step with actor and reason.
 */
class LedgerWorkflowIntegrationTest extends LedgerIntegrationTestBase {

    @Test
    void aLiaisonKeepsTheLedgerAndTheOfficeReturnsThenAcceptsTheQuarterlyReport() {
        PlanFixture plan = plan();

        // The ledger: what the department carries, then a draft that becomes complete and goes into force.
        var carried = api.get(LedgerUsers.ZHENGWU, "/api/ledger/plans/" + plan.planId() + "/carried?department="
                + PlanFixture.LEAD);
        assertThat(carried.body()).extracting(node -> node.get("code").asText())
                .containsExactly("共性指标-意识形态工作-1", "市考个性工作-3");
        var defines = completeDefines();
        defines.remove("standard");
        var draft = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, defines));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(draft.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.body().get("missing")).extracting(JsonNode::asText).containsExactly("STANDARD");
        assertThat(draft.body().get("completeness").get("STANDARD").asBoolean()).isFalse();
        assertThat(draft.body().get("completeness").get("QUANTITY").asBoolean()).isTrue();
        String taskId = draft.body().get("taskId").asText();
        var completed = api.put(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskId + "/defines",
                draft.headers().getETag(), Map.of("defines", completeDefines()));
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        var task = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskId + "/submission",
                completed.headers().getETag(), null);
        assertThat(task.body().get("status").asText()).isEqualTo("SUBMITTED");
        var revisedQuantity = completeDefines();
        revisedQuantity.put("quantity", Map.of("value", 32, "unit", "个", "targetKey", "T1"));
        var revised = api.put(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + taskId + "/defines",
                task.headers().getETag(), Map.of("defines", revisedQuantity, "reason", "区县申报增加 2 个镇街"));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);

        // A qualitative task of the same department: no quantity, the standard says how done is judged.
        var qualitative = completeDefines();
        qualitative.remove("quantity");
        qualitative.put("qualitative", true);
        qualitative.put("standard", "全年无意识形态领域负面事件，按季度专题研究");
        var ideology = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.ideology(), PlanFixture.LEAD, qualitative));
        assertThat(ideology.body().get("missing")).isEmpty();
        String ideologyId = ideology.body().get("taskId").asText();
        api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks/" + ideologyId + "/submission",
                ideology.headers().getETag(), null);

        var ledger = api.get(LedgerUsers.ZHENGWU, "/api/ledger/ledgers?planId=" + plan.planId() + "&department="
                + PlanFixture.LEAD);
        assertThat(ledger.status()).as(ledger.body().toString()).isEqualTo(200);
        assertThat(ledger.body().get("tasks").asInt()).isEqualTo(2);
        assertThat(ledger.body().get("submitted").asInt()).isEqualTo(2);
        assertThat(ledger.body().get("complete").asInt()).isEqualTo(2);

        // The August check, handed in on 3 September: progress, two gaps (one closed), the summary — 3 days late.
        var check = openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08");
        assertThat(check.status()).as(check.body().toString()).isEqualTo(201);
        String checkId = check.body().get("checkId").asText();
        String checkPath = "/api/ledger/checks/" + checkId;
        var progress = api.put(LedgerUsers.ZHENGWU, checkPath + "/progress/" + taskId, check.headers().getETag(),
                Map.of("actualValue", 12, "unit", "个", "status", "BEHIND", "note", "3 个镇街验收延后"));
        assertThat(progress.status()).as(progress.body().toString()).isEqualTo(200);
        progress = api.put(LedgerUsers.ZHENGWU, checkPath + "/progress/" + ideologyId, progress.headers().getETag(),
                Map.of("status", "ON_TRACK", "note", "已召开专题会议"));
        assertThat(progress.status()).as(progress.body().toString()).isEqualTo(200);
        var gap = api.post(LedgerUsers.ZHENGWU, checkPath + "/gaps", Map.of("taskId", taskId,
                "description", "长安区 3 个镇街资料未归档", "owner", "李娜", "fixBy", "2020-09-15"));
        assertThat(gap.status()).isEqualTo(201);
        api.post(LedgerUsers.ZHENGWU, checkPath + "/gaps", Map.of("description", "月度台账未附照片",
                "owner", "李娜", "fixBy", "2020-09-01"));
        String firstGap = gap.headers().getLocation().toString().replaceAll(".*/gaps/", "");
        var closed = api.post(LedgerUsers.ZHENGWU, checkPath + "/gaps/" + firstGap + "/closure",
                Map.of("resolution", "已补齐归档"));
        assertThat(closed.status()).isEqualTo(200);
        var summary = api.put(LedgerUsers.ZHENGWU, checkPath + "/summary", closed.headers().getETag(),
                Map.of("summary", "8 月示范镇街创建完成 12 个，滞后于计划，已督促区县加快验收。"));
        var handedIn = api.post(LedgerUsers.ZHENGWU, checkPath + "/submission", summary.headers().getETag(), null);
        assertThat(handedIn.status()).as(handedIn.body().toString()).isEqualTo(200);
        assertThat(handedIn.body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(handedIn.body().get("dueOn").asText()).isEqualTo("2020-08-31");
        assertThat(handedIn.body().get("daysLate").asInt()).isEqualTo(3);
        assertThat(handedIn.body().get("progress")).hasSize(2);
        var gaps = api.get(LedgerUsers.OFFICE, "/api/ledger/gaps?planId=" + plan.planId() + "&state=OVERDUE");
        assertThat(gaps.body()).extracting(node -> node.get("description").asText())
                .containsExactly("月度台账未附照片");
        assertThat(gaps.body().get(0).get("daysOverdue").asInt()).isEqualTo(2);

        // The third-quarter report, on 2 October: co-signed by the cooperating department, returned, resubmitted.
        clock.today(LocalDate.of(2020, 10, 2));
        String photo1 = plan.planId() + "-photo-1";
        String pdf2 = plan.planId() + "-pdf-2";
        String photo3 = plan.planId() + "-photo-3";
        evidence(plan, PlanFixture.LEAD, photo1, pdf2, photo3);
        var report = api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.LEAD, "quarter", "2020-Q3", "narrative", "三季度示范镇街创建完成 12 个。",
                "evidence", List.of(photo1, pdf2)));
        assertThat(report.status()).as(report.body().toString()).isEqualTo(201);
        String reportPath = "/api/ledger/reports/" + report.body().get("reportId").asText();
        var submitted = api.post(LedgerUsers.ZHENGWU, reportPath + "/submission", report.headers().getETag(), null);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().get("daysLate").asInt()).isEqualTo(2);
        assertThat(submitted.body().get("progress")).extracting(node -> node.path("actualValue").asText())
                .contains("12");
        var returned = api.post(LedgerUsers.OFFICE, reportPath + "/return", submitted.headers().getETag(),
                Map.of("reason", "缺少示范镇街验收照片"));
        assertThat(returned.body().get("status").asText()).isEqualTo("RETURNED");
        var amended = api.put(LedgerUsers.ZHENGWU, reportPath, returned.headers().getETag(), Map.of(
                "narrative", "三季度示范镇街创建完成 12 个，附验收照片。", "evidence", List.of(photo1, pdf2, photo3)));
        var resubmitted = api.post(LedgerUsers.ZHENGWU, reportPath + "/submission", amended.headers().getETag(),
                null);
        assertThat(resubmitted.body().get("round").asInt()).isEqualTo(2);
        var refused = api.post(LedgerUsers.OFFICE, reportPath + "/acceptance", resubmitted.headers().getETag(), null);
        assertProblem(refused, 422, "co-signatures-missing");
        assertThat(refused.body().get("detail").asText()).contains(PlanFixture.COOPERATING);
        var coSigned = api.post(LedgerUsers.GAIGE, "/api/ledger/tasks/" + taskId + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "配合完成镇街审批事项下放"));
        assertThat(coSigned.status()).as(coSigned.body().toString()).isEqualTo(200);
        var accepted = api.post(LedgerUsers.OFFICE, reportPath + "/acceptance", resubmitted.headers().getETag(),
                null);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.body().get("rounds")).extracting(node -> node.get("outcome").asText())
                .containsExactly("RETURNED", "ACCEPTED");
        assertThat(accepted.body().get("rounds").get(0).get("reason").asText()).isEqualTo("缺少示范镇街验收照片");
        assertThat(accepted.body().get("rounds").get(0).get("decidedBy").asText()).isEqualTo("办公室管理员");

        var board = api.get(LedgerUsers.OFFICE, "/api/ledger/reports/board?planId=" + plan.planId()
                + "&quarter=2020-Q3");
        assertThat(board.body().get("counts").get("ACCEPTED").asInt()).isEqualTo(1);
        assertThat(board.body().get("counts").get("NOT_STARTED").asInt()).isEqualTo(3);
        assertThat(board.body().get("counts").get("OVERDUE").asInt()).isEqualTo(3);

        // Every step of the report, with who and why.
        var reportHistory = api.get(LedgerUsers.AUDITOR, reportPath + "/history");
        List<String> steps = new ArrayList<>();
        reportHistory.body().forEach(entry -> steps.add(entry.get("type").asText() + "/"
                + entry.get("actorName").asText() + "/" + entry.path("reason").asText("")));
        assertThat(steps).containsExactly(
                "ledger.QuarterlyReportDrafted.v1/李娜/",
                "ledger.QuarterlyReportRevised.v1/李娜/",
                "ledger.QuarterlyReportSubmitted.v1/李娜/",
                "ledger.QuarterlyReportReturned.v1/办公室管理员/缺少示范镇街验收照片",
                "ledger.QuarterlyReportRevised.v1/李娜/",
                "ledger.QuarterlyReportSubmitted.v1/李娜/",
                "ledger.QuarterlyReportAccepted.v1/办公室管理员/");
        String acceptedEventId = reportHistory.body().get(6).get("eventId").asText();
        JsonNode published = TopicProbe.awaitEvent("kaohe.ledger", acceptedEventId, Duration.ofSeconds(30));
        assertThat(published.get("type").asText()).isEqualTo("ledger.QuarterlyReportAccepted.v1");
        assertThat(published.get("payload").get("round").asInt()).isEqualTo(2);

        // The task's history per define: who changed the quantity, when, from what to what, why.
        var quantity = api.get(LedgerUsers.AUDITOR, "/api/ledger/tasks/" + taskId + "/defines/history?define=QUANTITY");
        JsonNode changes = quantity.body().get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).path("before").isMissingNode()).as("first set: nothing before").isTrue();
        assertThat(changes.get(0).get("after").get("value").asInt()).isEqualTo(30);
        assertThat(changes.get(1).get("before").get("value").asInt()).isEqualTo(30);
        assertThat(changes.get(1).get("after").get("value").asInt()).isEqualTo(32);
        assertThat(changes.get(1).get("reason").asText()).isEqualTo("区县申报增加 2 个镇街");
        assertThat(changes.get(1).get("actorName").asText()).isEqualTo("李娜");
        var standard = api.get(LedgerUsers.AUDITOR, "/api/ledger/tasks/" + taskId + "/defines/history?define=STANDARD");
        assertThat(standard.body().get("changes")).hasSize(1);
        var taskHistory = api.get(LedgerUsers.AUDITOR, "/api/ledger/tasks/" + taskId + "/history");
        assertThat(taskHistory.body()).extracting(node -> node.get("type").asText()).containsExactly(
                "ledger.LedgerTaskDrafted.v1", "ledger.LedgerTaskDefinesRevised.v1", "ledger.LedgerTaskSubmitted.v1",
                "ledger.LedgerTaskDefinesRevised.v1", "ledger.ContributionConfirmed.v1");
        assertThat(taskHistory.body().get(4).get("actorDepartment").asText()).isEqualTo(PlanFixture.COOPERATING);
    }

    @Test
    void anExtensionMovesTheDeadlineOnlyWhenTheOfficeApprovesIt() {
        PlanFixture plan = plan();
        JsonNode task = submittedTask(plan);
        String path = "/api/ledger/tasks/" + task.get("taskId").asText();
        var requested = api.post(LedgerUsers.ZHENGWU, path + "/extensions",
                Map.of("requestedDeadline", "2021-03-31", "reason", "疫情影响现场验收"));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String requestId = requested.headers().getLocation().toString().replaceAll(".*/extensions/", "");
        assertThat(requested.body().get("pendingExtension").get("requestedDeadline").asText()).isEqualTo("2021-03-31");
        var refused = api.post(LedgerUsers.OFFICE, path + "/extensions/" + requestId + "/refusal",
                Map.of("reason", "年度任务不得跨年"));
        assertThat(refused.body().get("defines").get("deadline").asText()).isEqualTo("2020-12-31");
        assertThat(refused.body().has("pendingExtension")).isFalse();

        var again = api.post(LedgerUsers.ZHENGWU, path + "/extensions",
                Map.of("requestedDeadline", "2020-12-31", "reason", "不晚于原时限"));
        assertProblem(again, 400, "extension-not-later");
        var second = api.post(LedgerUsers.ZHENGWU, path + "/extensions",
                Map.of("requestedDeadline", "2021-01-15", "reason", "等待省级验收结果"));
        String secondId = second.headers().getLocation().toString().replaceAll(".*/extensions/", "");
        var approved = api.post(LedgerUsers.OFFICE, path + "/extensions/" + secondId + "/approval",
                Map.of("reason", "同意延期至省级验收后"));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body().get("defines").get("deadline").asText()).isEqualTo("2021-01-15");
        var deadline = api.get(LedgerUsers.AUDITOR, path + "/defines/history?define=DEADLINE");
        JsonNode last = deadline.body().get("changes").get(1);
        assertThat(last.get("before").asText()).isEqualTo("2020-12-31");
        assertThat(last.get("after").asText()).isEqualTo("2021-01-15");
        assertThat(last.get("reason").asText()).isEqualTo("同意延期至省级验收后");
    }

    @Test
    void anAcceptedReportIsCorrectedOnlyByAnApprovedRequest() {
        PlanFixture plan = plan();
        clock.today(LocalDate.of(2020, 6, 20));
        var report = api.post(LedgerUsers.DUCHA, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.OTHER, "quarter", "2020-Q2", "narrative", "二季度督办事项全部办结。"));
        String path = "/api/ledger/reports/" + report.body().get("reportId").asText();
        var submitted = api.post(LedgerUsers.DUCHA, path + "/submission", report.headers().getETag(), null);
        assertThat(submitted.body().get("daysLate").asInt()).isZero();
        var accepted = api.post(LedgerUsers.OFFICE, path + "/acceptance", submitted.headers().getETag(), null);
        assertThat(accepted.body().get("acceptedOn").asText()).isEqualTo("2020-06-20");

        String ev9 = plan.planId() + "-ev-9";
        evidence(plan, PlanFixture.OTHER, ev9);
        var requested = api.post(LedgerUsers.DUCHA, path + "/corrections", Map.of(
                "narrative", "二季度督办事项 41 件全部办结。", "evidence", List.of(ev9), "reason", "补充办结件数"));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String correctionId = requested.headers().getLocation().toString().replaceAll(".*/corrections/", "");
        assertThat(requested.body().get("narrative").asText()).isEqualTo("二季度督办事项全部办结。");
        assertThat(boardRow(plan, "2020-Q2", PlanFixture.OTHER).get("pendingCorrection").asText())
                .as("the office finds the request on its board").isEqualTo(correctionId);
        var approved = api.post(LedgerUsers.OFFICE, path + "/corrections/" + correctionId + "/approval",
                Map.of("reason", "数据与督办台账一致"));
        assertThat(approved.body().get("narrative").asText()).isEqualTo("二季度督办事项 41 件全部办结。");
        assertThat(approved.body().get("evidence")).extracting(JsonNode::asText).containsExactly(ev9);
        assertThat(approved.body().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(boardRow(plan, "2020-Q2", PlanFixture.OTHER).path("pendingCorrection").asText(null))
                .as("decided: no longer awaiting the office").isNull();
    }

    private JsonNode boardRow(PlanFixture plan, String quarter, String department) {
        var board = api.get(LedgerUsers.OFFICE, "/api/ledger/reports/board?planId=" + plan.planId()
                + "&quarter=" + quarter);
        for (JsonNode row : board.body().get("departments")) {
            if (row.get("department").asText().equals(department)) {
                return row;
            }
        }
        throw new AssertionError(department + " not on the board: " + board.body());
    }
}
