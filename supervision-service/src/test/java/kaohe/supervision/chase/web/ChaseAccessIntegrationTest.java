package kaohe.supervision.chase.web;

import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.Supplier;

import static kaohe.supervision.SupervisionUsers.AUDITOR;
import static kaohe.supervision.SupervisionUsers.DUAN;
import static kaohe.supervision.SupervisionUsers.GAIGE;
import static kaohe.supervision.SupervisionUsers.OFFICE;
import static kaohe.supervision.SupervisionUsers.ZHANG;
import static kaohe.supervision.SupervisionUsers.ZHENGWU;
import static org.assertj.core.api.Assertions.assertThat;

/** Wrong role or wrong department: 403, and nothing changed. */
class ChaseAccessIntegrationTest extends ChaseIntegrationTestBase {

    @Test
    void onlyTheOfficeOpensAChase() {
        String plan = newPlan();
        for (var someone : new ApiClient.DevUser[] {ZHENGWU, ZHANG, AUDITOR}) {
            unchanged(() -> api.post(someone, CHASES, chaseBody(plan)), 403, "forbidden");
        }
        assertThat(count("SELECT COUNT(*) FROM chase_view WHERE plan_id = ?", plan)).isZero();
        assertThat(api.post(ApiClient.DevUser.NOBODY, CHASES, chaseBody(plan)).status()).isEqualTo(401);
    }

    @Test
    void onlyTheChasedDepartmentsLiaisonSignsAndReplies() {
        var opened = openChase(newPlan());
        unchanged(() -> api.post(GAIGE, path(opened, "sign"), "\"0\"", null), 403, "chase-wrong-department");
        unchanged(() -> api.post(OFFICE, path(opened, "sign"), "\"0\"", null), 403, "forbidden");
        unchanged(() -> api.post(AUDITOR, path(opened, "sign"), "\"0\"", null), 403, "forbidden");
        api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null);
        unchanged(() -> api.post(GAIGE, path(opened, "replies"), "\"1\"", Map.of("progress", "代为反馈")), 403,
                "chase-wrong-department");
        assertThat(api.get(OFFICE, path(opened, "")).body().get("status").asText()).isEqualTo("SIGNED");
    }

    @Test
    void onlyTheOfficeDecides() {
        var opened = openChase(newPlan());
        api.post(ZHENGWU, path(opened, "sign"), "\"0\"", null);
        api.post(ZHENGWU, path(opened, "replies"), "\"1\"", Map.of("progress", "已办理。"));
        for (var someone : new ApiClient.DevUser[] {ZHENGWU, ZHANG, AUDITOR}) {
            unchanged(() -> api.post(someone, path(opened, "accept"), "\"2\"", Map.of()), 403, "forbidden");
            unchanged(() -> api.post(someone, path(opened, "send-back"), "\"2\"",
                    Map.of("reason", "不全", "replyBy", "2020-08-30")), 403, "forbidden");
            unchanged(() -> api.post(someone, path(opened, "withdraw"), "\"2\"", Map.of("reason", "撤销")), 403,
                    "forbidden");
            unchanged(() -> api.post(someone, path(opened, "close"), "\"2\"", null), 403, "forbidden");
        }
        assertThat(api.get(OFFICE, path(opened, "")).body().get("status").asText()).isEqualTo("REPLIED");
    }

    @Test
    void aChaseIsReadByTheOfficeAuditorsItsDepartmentAndTheLeadersFollowingIt() {
        var opened = openChase(newPlan());
        for (var reader : new ApiClient.DevUser[] {OFFICE, AUDITOR, ZHENGWU, ZHANG}) {
            assertThat(api.get(reader, path(opened, "")).status()).as(reader.id()).isEqualTo(200);
        }
        assertProblem(api.get(GAIGE, path(opened, "")), 403, "chase-wrong-department");
        assertProblem(api.get(DUAN, path(opened, "")), 403, "chase-wrong-department");
        assertThat(api.get(ApiClient.DevUser.NOBODY, path(opened, "")).status()).isEqualTo(401);
        assertProblem(api.get(OFFICE, CHASES + "/no-such-chase"), 404, "chase-not-found");
    }

    private void unchanged(Supplier<ApiClient.Answer> request, int status, String code) {
        long before = eventCount();
        assertProblem(request.get(), status, code);
        assertThat(eventCount()).isEqualTo(before);
    }
}
