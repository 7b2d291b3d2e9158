package kaohe.ledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office reviews a task's submitted six defines through the API: approves them (If-Match the version it read;
 * a quantity below the indicator target only knowingly) or returns them with a reason, and the department revises
 * and submits again; a revision of approved defines goes back to review.
 */
class LedgerTaskReviewIntegrationTest extends LedgerIntegrationTestBase {

    private static String review(JsonNode task) {
        return task.get("review").get("state").asText();
    }

    private ApiClient.Answer pendingOf(PlanFixture plan) {
        return api.get(LedgerUsers.OFFICE, "/api/ledger/tasks?planId=" + plan.planId() + "&review=PENDING");
    }

    @Test
    void theOfficeReturnsThenApprovesAndARevisionGoesBackToReview() {
        PlanFixture plan = plan();
        JsonNode task = submittedTask(plan);
        String taskId = task.get("taskId").asText();
        String path = "/api/ledger/tasks/" + taskId;
        assertThat(review(task)).isEqualTo("PENDING");
        assertThat(task.get("belowTarget").asBoolean()).isFalse();
        assertThat(pendingOf(plan).body()).extracting(node -> node.get("taskId").asText()).containsExactly(taskId);

        String etag = api.get(LedgerUsers.OFFICE, path).headers().getETag();
        long before = eventCount();
        assertProblem(api.post(LedgerUsers.OFFICE, path + "/return", etag, Map.of("reason", " ")), 400,
                "reason-required");
        assertThat(eventCount()).isEqualTo(before);
        var returned = api.post(LedgerUsers.OFFICE, path + "/return", etag, Map.of("reason", "完成标准请细化到验收口径"));
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(200);
        assertThat(review(returned.body())).isEqualTo("RETURNED");
        assertThat(returned.body().get("review").get("reason").asText()).isEqualTo("完成标准请细化到验收口径");
        assertThat(returned.body().get("review").get("decidedBy").asText()).isEqualTo("办公室管理员");
        assertProblem(api.post(LedgerUsers.OFFICE, path + "/approval", returned.headers().getETag(), null), 422,
                "task-returned");
        assertProblem(api.post(LedgerUsers.ZHENGWU, path + "/submission", returned.headers().getETag(), null), 422,
                "task-not-revised");

        var defines = completeDefines();
        defines.put("standard", "镇街便民服务中心通过市级验收并挂牌");
        var revised = api.put(LedgerUsers.ZHENGWU, path + "/defines", returned.headers().getETag(),
                Map.of("defines", defines, "reason", "按办公室意见细化验收口径"));
        var resubmitted = api.post(LedgerUsers.ZHENGWU, path + "/submission", revised.headers().getETag(), null);
        assertThat(review(resubmitted.body())).isEqualTo("PENDING");

        assertProblem(api.post(LedgerUsers.OFFICE, path + "/approval", revised.headers().getETag(), null), 412,
                "stale-version");
        var approved = api.post(LedgerUsers.OFFICE, path + "/approval", resubmitted.headers().getETag(), null);
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(review(approved.body())).isEqualTo("APPROVED");
        assertThat(pendingOf(plan).body()).isEmpty();
        assertProblem(api.post(LedgerUsers.OFFICE, path + "/approval", approved.headers().getETag(), null), 409,
                "task-already-approved");
        var ledger = api.get(LedgerUsers.ZHENGWU, "/api/ledger/ledgers?planId=" + plan.planId() + "&department="
                + PlanFixture.LEAD);
        assertThat(ledger.body().get("approved").asInt()).isEqualTo(1);

        defines.put("responsiblePerson", "王强");
        var changed = api.put(LedgerUsers.ZHENGWU, path + "/defines", approved.headers().getETag(),
                Map.of("defines", defines, "reason", "责任人调整"));
        assertThat(review(changed.body())).isEqualTo("PENDING");
        var history = api.get(LedgerUsers.AUDITOR, path + "/history").body();
        assertThat(history).extracting(node -> node.get("type").asText()).containsSubsequence(
                "ledger.LedgerTaskReturned.v1", "ledger.LedgerTaskSubmitted.v1", "ledger.LedgerTaskApproved.v1");
    }

    @Test
    void aQuantityBelowTheIndicatorTargetIsFlaggedAndApprovedOnlyKnowingly() {
        PlanFixture plan = plan();
        var defines = completeDefines();
        defines.put("quantity", Map.of("value", 20, "unit", "个", "targetKey", "T1"));
        var drafted = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, defines));
        assertThat(drafted.body().get("belowTarget").asBoolean()).isTrue();
        String path = "/api/ledger/tasks/" + drafted.body().get("taskId").asText();
        var submitted = api.post(LedgerUsers.ZHENGWU, path + "/submission", drafted.headers().getETag(), null);
        assertThat(pendingOf(plan).body().get(0).get("belowTarget").asBoolean()).isTrue();

        long before = eventCount();
        var refused = api.post(LedgerUsers.OFFICE, path + "/approval", submitted.headers().getETag(), null);
        assertProblem(refused, 422, "below-target");
        assertThat(refused.body().get("detail").asText()).contains("20", "30");
        assertThat(eventCount()).isEqualTo(before);
        var approved = api.post(LedgerUsers.OFFICE, path + "/approval", submitted.headers().getETag(),
                Map.of("acceptBelowTarget", true));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(review(approved.body())).isEqualTo("APPROVED");
    }

    @Test
    void aQuantityOfZeroIsAFieldErrorAndNothingIsStored() {
        PlanFixture plan = plan();
        var defines = completeDefines();
        defines.put("quantity", Map.of("value", 0, "unit", "个", "targetKey", "T1"));
        long before = eventCount();
        var answer = api.post(LedgerUsers.ZHENGWU, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, defines));
        assertProblem(answer, 400, "zero-quantity");
        assertThat(answer.body().get("errors").get(0).get("field").asText()).isEqualTo("quantity.value");
        assertThat(eventCount()).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM ledger_task_view WHERE plan_id = ?", plan.planId())).isZero();
    }
}
