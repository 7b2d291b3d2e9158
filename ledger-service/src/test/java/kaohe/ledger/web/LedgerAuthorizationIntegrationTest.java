package kaohe.ledger.web;

import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, from the principal the platform provides: a liaison writes only its own department's ledger,
 * the office reviews, leaders read their indicators' work, auditors read everything and write nothing.
 */
class LedgerAuthorizationIntegrationTest extends LedgerIntegrationTestBase {

    private PlanFixture plan;
    private String taskPath;
    private String checkPath;
    private String reportPath;
    private String reportEtag;

    @BeforeEach
    void leadDepartmentsLedger() {
        plan = plan();
        taskPath = "/api/ledger/tasks/" + submittedTask(plan).get("taskId").asText();
        checkPath = "/api/ledger/checks/" + openCheck(LedgerUsers.ZHENGWU, plan, PlanFixture.LEAD, "2020-08").body()
                .get("checkId").asText();
        clock.today(LocalDate.of(2020, 9, 30));
        var report = api.post(LedgerUsers.ZHENGWU, "/api/ledger/reports", Map.of("planId", plan.planId(),
                "department", PlanFixture.LEAD, "quarter", "2020-Q3", "narrative", "三季度工作情况。"));
        reportPath = "/api/ledger/reports/" + report.body().get("reportId").asText();
        reportEtag = api.post(LedgerUsers.ZHENGWU, reportPath + "/submission", report.headers().getETag(), null)
                .headers().getETag();
    }

    private void denied(int status, String code, Supplier<ApiClient.Answer> request) {
        long before = eventCount();
        var answer = request.get();
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void withoutAnIdentityNothingIsReadOrWritten() {
        denied(401, "unauthenticated", () -> api.get(LedgerUsers.NOBODY, taskPath));
        denied(401, "unauthenticated", () -> api.post(LedgerUsers.NOBODY, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines())));
    }

    @Test
    void aLiaisonNeitherWritesNorReadsAnotherDepartmentsLedger() {
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines())));
        String etag = api.get(LedgerUsers.ZHENGWU, taskPath).headers().getETag();
        denied(403, "not-your-department", () -> api.put(LedgerUsers.DUCHA, taskPath + "/defines", etag,
                Map.of("defines", completeDefines(), "reason", "越权修改")));
        denied(403, "not-your-department", () -> api.put(LedgerUsers.GAIGE, taskPath + "/defines", etag,
                Map.of("defines", completeDefines(), "reason", "配合处室也不能改")));
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, taskPath + "/extensions",
                Map.of("requestedDeadline", "2021-01-31", "reason", "越权")));
        String checkEtag = api.get(LedgerUsers.ZHENGWU, checkPath).headers().getETag();
        denied(403, "not-your-department", () -> api.put(LedgerUsers.DUCHA, checkPath + "/summary", checkEtag,
                Map.of("summary", "越权小结")));
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, checkPath + "/gaps",
                Map.of("description", "x", "owner", "x", "fixBy", "2020-09-30")));
        denied(403, "not-your-department", () -> openCheck(LedgerUsers.DUCHA, plan, PlanFixture.LEAD, "2020-07"));
        denied(403, "not-your-department", () -> api.put(LedgerUsers.DUCHA, reportPath, reportEtag,
                Map.of("narrative", "越权")));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, taskPath));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, checkPath));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, reportPath));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, "/api/ledger/ledgers?planId="
                + plan.planId() + "&department=" + PlanFixture.LEAD));
        denied(403, "department-required", () -> api.get(LedgerUsers.DUCHA, "/api/ledger/reports/board?planId="
                + plan.planId() + "&quarter=2020-Q3"));
        denied(403, "department-required", () -> api.get(LedgerUsers.DUCHA, "/api/ledger/gaps?planId="
                + plan.planId()));
    }

    @Test
    void onlyTheOfficeReviews() {
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHENGWU, reportPath + "/acceptance", reportEtag, null));
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHENGWU, reportPath + "/return", reportEtag,
                Map.of("reason", "自己退回")));
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHANG, reportPath + "/acceptance", reportEtag, null));
        assertThat(api.post(LedgerUsers.OFFICE, reportPath + "/return", reportEtag, Map.of("reason", "补充照片"))
                .status()).isEqualTo(200);
    }

    @Test
    void anAuditorReadsEverythingAndWritesNothing() {
        for (String path : new String[] {taskPath, taskPath + "/history", taskPath + "/defines/history", checkPath,
                reportPath, reportPath + "/history", "/api/ledger/reports/board?planId=" + plan.planId()
                + "&quarter=2020-Q3", "/api/ledger/gaps?planId=" + plan.planId()}) {
            assertThat(api.get(LedgerUsers.AUDITOR, path).status()).as(path).isEqualTo(200);
        }
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines())));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, reportPath + "/return", reportEtag,
                Map.of("reason", "审计不能退回")));
        denied(403, "forbidden", () -> openCheck(LedgerUsers.AUDITOR, plan, PlanFixture.LEAD, "2020-07"));
    }

    @Test
    void auditorsVerifyTheEventChainAndLiaisonsCannot() {
        var verification = api.get(LedgerUsers.AUDITOR, "/api/ledger/chain/verification");
        assertThat(verification.status()).isEqualTo(200);
        assertThat(verification.body().get("context").asText()).isEqualTo("ledger");
        assertThat(verification.body().get("breaks")).isEmpty();
        denied(403, "forbidden", () -> api.get(LedgerUsers.ZHENGWU, "/api/ledger/chain/verification"));
    }

    @Test
    void aLeaderReadsTheWorkOfTheIndicatorsTheyAreResponsibleFor() {
        assertThat(api.get(LedgerUsers.ZHANG, taskPath).status()).isEqualTo(200);
        assertThat(api.get(LedgerUsers.ZHANG, checkPath).status()).isEqualTo(200);
        assertThat(api.get(LedgerUsers.ZHANG, reportPath).status()).isEqualTo(200);
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUAN, taskPath));
        var ducha = openCheck(LedgerUsers.DUCHA, plan, PlanFixture.OTHER, "2020-08");
        String duchaCheck = "/api/ledger/checks/" + ducha.body().get("checkId").asText();
        assertThat(api.get(LedgerUsers.DUAN, duchaCheck).status()).isEqualTo(200);
        denied(403, "not-your-department", () -> api.get(LedgerUsers.ZHANG, duchaCheck));
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHANG, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines())));
    }

    @Test
    void aCooperatingDepartmentReadsTheLeadTaskAndOnlyItCoSigns() {
        assertThat(api.get(LedgerUsers.GAIGE, taskPath).status()).isEqualTo(200);
        denied(422, "not-a-cooperating-department", () -> api.post(LedgerUsers.DUCHA, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "并未参与")));
        denied(403, "forbidden", () -> api.post(LedgerUsers.OFFICE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "办公室代签")));
        assertThat(api.post(LedgerUsers.GAIGE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "配合下放审批事项")).status()).isEqualTo(200);
        denied(409, "contribution-already-confirmed", () -> api.post(LedgerUsers.GAIGE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "再签一次")));
    }

    @Test
    void theOfficeWritesAnyDepartmentsLedger() {
        var draft = api.post(LedgerUsers.OFFICE, "/api/ledger/tasks",
                draftTask(plan, plan.demoTowns(), PlanFixture.LEAD, completeDefines()));
        assertThat(draft.status()).isEqualTo(201);
        assertThat(api.get(LedgerUsers.AUDITOR, "/api/ledger/tasks/" + draft.body().get("taskId").asText()
                + "/history").body().get(0).get("actorId").asText()).isEqualTo("office-admin");
    }
}
