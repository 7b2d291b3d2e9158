package kaohe.ledger.web;

import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.testengines.ApiClient;
import kaohe.testengines.ApiClient.Bearer;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
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
    void onlyTheOfficeApprovesOrReturnsATasksDefines() {
        String etag = api.get(LedgerUsers.ZHENGWU, taskPath).headers().getETag();
        for (ApiClient.DevUser notOffice : List.of(LedgerUsers.ZHENGWU, LedgerUsers.ZHANG, LedgerUsers.AUDITOR)) {
            denied(403, "forbidden", () -> api.post(notOffice, taskPath + "/approval", etag, null));
            denied(403, "forbidden", () -> api.post(notOffice, taskPath + "/return", etag, Map.of("reason", "越权")));
        }
        denied(401, "unauthenticated", () -> api.post(LedgerUsers.NOBODY, taskPath + "/approval", etag, null));
        denied(403, "department-required", () -> api.get(LedgerUsers.ZHENGWU,
                "/api/ledger/tasks?planId=" + plan.planId() + "&review=PENDING"));
        assertThat(api.post(LedgerUsers.OFFICE, taskPath + "/approval", etag, null).status()).isEqualTo(200);
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

    /** A department's reports by quarter: for whoever reads the department, a leader the ones their indicators name. */
    @Test
    void aDepartmentsReportsAreListedForThoseWhoReadTheDepartment() {
        String lead = "/api/ledger/reports?planId=" + plan.planId() + "&department=" + PlanFixture.LEAD;
        for (ApiClient.DevUser reader : List.of(LedgerUsers.ZHANG, LedgerUsers.ZHENGWU, LedgerUsers.OFFICE,
                LedgerUsers.AUDITOR)) {
            var reports = api.get(reader, lead);
            assertThat(reports.status()).as(reader.id()).isEqualTo(200);
            assertThat(reports.body()).hasSize(1);
            assertThat(reports.body().get(0).get("quarter").asText()).isEqualTo("2020-Q3");
            assertThat(reports.body().get(0).get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(reports.body().get(0).get("rounds")).hasSize(1);
        }
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, lead));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.ZHANG,
                "/api/ledger/reports?planId=" + plan.planId() + "&department=" + PlanFixture.OTHER));
        assertThat(api.get(LedgerUsers.DUCHA, "/api/ledger/reports?planId=" + plan.planId() + "&department="
                + PlanFixture.OTHER).body()).isEmpty();
        assertThat(api.get(LedgerUsers.OFFICE, "/api/ledger/reports?planId=" + plan.planId()).status())
                .isEqualTo(400);
        denied(401, "unauthenticated", () -> api.get(LedgerUsers.NOBODY, lead));
    }

    @Test
    void aLeaderIsKnownByTheUserIdThePlanLinksNeverByTheNameInTheirToken() {
        var impostor = new Bearer(TestIssuer.get().token("mallory", "张新鳌", null, "LEADER"));
        denied(403, "not-your-department", () -> api.get(impostor, taskPath));
        denied(403, "not-your-department", () -> api.get(impostor, checkPath));
        denied(403, "not-your-department", () -> api.get(impostor, reportPath));
        var zhang = new Bearer(TestIssuer.get().token(LedgerUsers.ZHANG.id(), "张新鳌", null, "LEADER"));
        assertThat(api.get(zhang, taskPath).status()).isEqualTo(200);
        assertThat(api.get(zhang, reportPath).status()).isEqualTo(200);
        var renamed = new Bearer(TestIssuer.get().token(LedgerUsers.ZHANG.id(), "张局长", null, "LEADER"));
        assertThat(api.get(renamed, checkPath).status()).as("a new display name changes nothing").isEqualTo(200);
    }

    @Test
    void aLeaderRegisteredByNameAloneSeesNothingUntilTheOfficeLinksTheirAccount() {
        var unlinked = plan(false);
        String task = "/api/ledger/tasks/" + submittedTask(unlinked).get("taskId").asText();
        denied(403, "not-your-department", () -> api.get(LedgerUsers.ZHANG, task));
        // 张新鳌 answers for the lead department in the other plan, which says nothing about this one
        for (String ofDepartment : List.of("/api/ledger/ledgers", "/api/ledger/reports", "/api/ledger/checks",
                "/api/ledger/gaps", "/api/ledger/co-signs")) {
            denied(403, "not-your-department", () -> api.get(LedgerUsers.ZHANG, ofDepartment + "?planId="
                    + unlinked.planId() + "&department=" + PlanFixture.LEAD));
        }
        feed.publish("AssessmentPlan", unlinked.planId(), PlanFixture.AFTER_UNLINKED_LEADERS,
                new LeaderAccountLinkedEvent(unlinked.planId(), "张新鳌", null, LedgerUsers.ZHANG.id()));
        await("张新鳌 linked", () -> api.get(LedgerUsers.ZHANG, task).status() == 200);
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUAN, task));
    }

    @Test
    void aCooperatingDepartmentReadsTheLeadTaskAndOnlyItCoSigns() {
        assertThat(api.get(LedgerUsers.GAIGE, taskPath).status()).isEqualTo(200);
        String toCoSign = "/api/ledger/co-signs?planId=" + plan.planId() + "&department=" + PlanFixture.COOPERATING;
        var waiting = api.get(LedgerUsers.GAIGE, toCoSign);
        assertThat(waiting.status()).as(waiting.body().toString()).isEqualTo(200);
        assertThat(waiting.body()).extracting(item -> "/api/ledger/tasks/" + item.get("task").get("taskId").asText())
                .containsExactly(taskPath);
        assertThat(waiting.body().get(0).get("awaitingReports")).extracting(node -> node.asText())
                .as("the lead's submitted 2020-Q3 report waits for this co-signature").containsExactly("2020-Q3");
        assertThat(api.get(LedgerUsers.DUCHA, "/api/ledger/co-signs?planId=" + plan.planId() + "&department="
                + PlanFixture.OTHER).body()).as("a department not cooperating co-signs nothing").isEmpty();
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, toCoSign));
        denied(422, "not-a-cooperating-department", () -> api.post(LedgerUsers.DUCHA, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "并未参与")));
        denied(403, "forbidden", () -> api.post(LedgerUsers.OFFICE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "办公室代签")));
        assertThat(api.post(LedgerUsers.GAIGE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "配合下放审批事项")).status()).isEqualTo(200);
        var signed = api.get(LedgerUsers.GAIGE, toCoSign).body().get(0);
        assertThat(signed.get("awaitingReports")).isEmpty();
        assertThat(signed.get("task").get("coSignatures").get(0).get("contribution").asText()).isEqualTo("配合下放审批事项");
        denied(409, "contribution-already-confirmed", () -> api.post(LedgerUsers.GAIGE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "再签一次")));
    }

    @Test
    void submissionsExtensionsProgressGapsAndChecksFollowTheSameRules() {
        String etag = api.get(LedgerUsers.ZHENGWU, taskPath).headers().getETag();
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, taskPath + "/submission", etag, null));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, taskPath + "/submission", etag, null));
        denied(401, "unauthenticated", () -> api.post(LedgerUsers.NOBODY, taskPath + "/submission", etag, null));

        var requested = api.post(LedgerUsers.ZHENGWU, taskPath + "/extensions",
                Map.of("requestedDeadline", "2021-01-31", "reason", "等待省级验收"));
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String extension = requested.headers().getLocation().toString().replaceAll(".*/extensions/", "");
        for (String decision : List.of("/approval", "/refusal")) {
            String path = taskPath + "/extensions/" + extension + decision;
            for (ApiClient.DevUser notOffice : List.of(LedgerUsers.ZHENGWU, LedgerUsers.ZHANG, LedgerUsers.AUDITOR)) {
                denied(403, "forbidden", () -> api.post(notOffice, path, Map.of("reason", "越权审批")));
            }
        }
        assertThat(api.post(LedgerUsers.OFFICE, taskPath + "/extensions/" + extension + "/refusal",
                Map.of("reason", "年度任务不得跨年")).status()).isEqualTo(200);

        String taskId = taskPath.replaceAll(".*/", "");
        String checkEtag = api.get(LedgerUsers.ZHENGWU, checkPath).headers().getETag();
        var progress = Map.of("actualValue", 12, "unit", "个", "status", "BEHIND", "note", "验收延后");
        denied(403, "not-your-department", () -> api.put(LedgerUsers.DUCHA, checkPath + "/progress/" + taskId,
                checkEtag, progress));
        denied(403, "forbidden", () -> api.put(LedgerUsers.AUDITOR, checkPath + "/progress/" + taskId, checkEtag,
                progress));
        assertThat(api.put(LedgerUsers.ZHENGWU, checkPath + "/progress/" + taskId, checkEtag, progress).status())
                .isEqualTo(200);
        var gap = api.post(LedgerUsers.ZHENGWU, checkPath + "/gaps",
                Map.of("description", "资料未归档", "owner", "李娜", "fixBy", "2020-09-15"));
        String closure = checkPath + "/gaps/" + gap.headers().getLocation().toString().replaceAll(".*/gaps/", "")
                + "/closure";
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, closure, Map.of("resolution", "越权")));
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHANG, closure, Map.of("resolution", "越权")));
        assertThat(api.post(LedgerUsers.ZHENGWU, closure, Map.of("resolution", "已补齐归档")).status())
                .isEqualTo(200);
        String summaryEtag = api.put(LedgerUsers.ZHENGWU, checkPath + "/summary",
                api.get(LedgerUsers.ZHENGWU, checkPath).headers().getETag(), Map.of("summary", "8 月小结。"))
                .headers().getETag();
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, checkPath + "/submission",
                summaryEtag, null));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, checkPath + "/submission", summaryEtag, null));

        String checks = "/api/ledger/checks?planId=" + plan.planId();
        String leadChecks = checks + "&department=" + PlanFixture.LEAD;
        for (ApiClient.DevUser reader : List.of(LedgerUsers.ZHENGWU, LedgerUsers.OFFICE, LedgerUsers.AUDITOR,
                LedgerUsers.ZHANG)) {
            assertThat(api.get(reader, leadChecks).status()).isEqualTo(200);
            assertThat(api.get(reader, checkPath + "/history").status()).isEqualTo(200);
        }
        assertThat(api.get(LedgerUsers.AUDITOR, checks).status()).isEqualTo(200);
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, leadChecks));
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, checkPath + "/history"));
        denied(403, "department-required", () -> api.get(LedgerUsers.ZHENGWU, checks));
    }

    @Test
    void reportsAreDraftedByTheirDepartmentAndCorrectionsDecidedByTheOffice() {
        var draft = Map.of("planId", plan.planId(), "department", PlanFixture.LEAD, "quarter", "2020-Q4",
                "narrative", "四季度工作情况。");
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, "/api/ledger/reports", draft));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, "/api/ledger/reports", draft));
        denied(403, "forbidden", () -> api.post(LedgerUsers.ZHANG, "/api/ledger/reports", draft));
        denied(401, "unauthenticated", () -> api.post(LedgerUsers.NOBODY, "/api/ledger/reports", draft));
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, reportPath + "/submission", reportEtag,
                null));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, reportPath + "/submission", reportEtag, null));

        assertThat(api.post(LedgerUsers.GAIGE, taskPath + "/co-signatures",
                Map.of("quarter", "2020-Q3", "contribution", "配合下放审批事项")).status()).isEqualTo(200);
        var accepted = api.post(LedgerUsers.OFFICE, reportPath + "/acceptance", reportEtag, null);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        var correction = Map.of("narrative", "三季度工作情况（更正）。", "reason", "补充数据");
        denied(403, "not-your-department", () -> api.post(LedgerUsers.DUCHA, reportPath + "/corrections", correction));
        denied(403, "forbidden", () -> api.post(LedgerUsers.AUDITOR, reportPath + "/corrections", correction));
        var requested = api.post(LedgerUsers.ZHENGWU, reportPath + "/corrections", correction);
        assertThat(requested.status()).as(requested.body().toString()).isEqualTo(201);
        String decided = reportPath + "/corrections/"
                + requested.headers().getLocation().toString().replaceAll(".*/corrections/", "");
        for (String decision : List.of("/approval", "/refusal")) {
            for (ApiClient.DevUser notOffice : List.of(LedgerUsers.ZHENGWU, LedgerUsers.ZHANG, LedgerUsers.AUDITOR)) {
                denied(403, "forbidden", () -> api.post(notOffice, decided + decision, Map.of("reason", "越权")));
            }
        }
        assertThat(api.post(LedgerUsers.OFFICE, decided + "/refusal", Map.of("reason", "数据不一致")).status())
                .isEqualTo(200);
    }

    @Test
    void theCatalogIsForEveryRoleAndWhatADepartmentCarriesForWhoReadsItsLedger() {
        String catalog = "/api/ledger/plans/" + plan.planId();
        String carried = catalog + "/carried?department=" + PlanFixture.LEAD;
        for (ApiClient.DevUser reader : List.of(LedgerUsers.OFFICE, LedgerUsers.AUDITOR, LedgerUsers.ZHENGWU,
                LedgerUsers.ZHANG)) {
            assertThat(api.get(reader, catalog).status()).isEqualTo(200);
            assertThat(api.get(reader, carried).status()).isEqualTo(200);
        }
        assertThat(api.get(LedgerUsers.DUCHA, catalog).status()).isEqualTo(200);
        denied(403, "not-your-department", () -> api.get(LedgerUsers.DUCHA, carried));
        denied(401, "unauthenticated", () -> api.get(LedgerUsers.NOBODY, catalog));
        var noRole = new Bearer(TestIssuer.get().token("sso-user", "统一认证用户", PlanFixture.LEAD, "offline_access"));
        denied(403, "forbidden", () -> api.get(noRole, catalog));
        denied(403, "forbidden", () -> api.get(noRole, carried));
    }

    @Test
    void theAuditTrailIsForTheOfficeAndAuditors() {
        String events = "/api/ledger/audit/events?aggregateId=" + taskPath.replaceAll(".*/", "");
        assertThat(api.get(LedgerUsers.AUDITOR, events).status()).isEqualTo(200);
        assertThat(api.get(LedgerUsers.OFFICE, events).status()).isEqualTo(200);
        denied(403, "forbidden", () -> api.get(LedgerUsers.ZHENGWU, events));
        denied(403, "forbidden", () -> api.get(LedgerUsers.ZHANG, events));
        denied(401, "unauthenticated", () -> api.get(LedgerUsers.NOBODY, events));
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
