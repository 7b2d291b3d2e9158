package kaohe.evidence.web;

import kaohe.testengines.ApiClient.Bearer;
import kaohe.testengines.ApiClient.Identity;
import kaohe.testtokens.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence is its department's: other liaisons neither read nor change it; auditors, and leaders through it, read. */
class EvidenceAuthorizationIntegrationTest extends EvidenceIntegrationTestBase {

    private String path;

    @BeforeEach
    void zhengwusPhoto() {
        path = "/api/evidence/" + upload(EvidenceUsers.ZHENGWU, "验收.jpg", Files.jpeg(40, 32, 32)).body()
                .get("evidenceId").asText();
    }

    @Test
    void aLiaisonCannotReachAnotherDepartmentsEvidence() {
        for (String read : new String[] {path, path + "/download", path + "/content", path + "/history"}) {
            var answer = api.get(EvidenceUsers.DUCHA, read);
            assertThat(answer.status()).as(read).isEqualTo(403);
            assertThat(answer.code()).isEqualTo("not-your-department");
        }
        assertThat(api.get(EvidenceUsers.DUCHA, "/api/evidence?planId=" + planId + "&department=政务服务管理处")
                .status()).isEqualTo(403);
        long events = eventCount();
        assertThat(api.post(EvidenceUsers.DUCHA, path + "/links",
                Map.of("targetType", "TASK", "targetId", "t1", "period", "2020")).status()).isEqualTo(403);
        assertThat(api.post(EvidenceUsers.DUCHA, path + "/withdrawal", Map.of("reason", "越权")).status())
                .isEqualTo(403);
        assertThat(upload(EvidenceUsers.DUCHA, "政务服务管理处", "冒名.jpg", Files.jpeg(41, 16, 16)).status())
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(events);
    }

    /** Decided from the ledger's events the service consumed: whose task, check or report it is. */
    @Test
    void evidenceIsAttachedOnlyToItsOwnDepartmentsTasksChecksAndReports() {
        for (String type : List.of("TASK", "CHECK", "REPORT")) {
            String theirs = record(type, EvidenceUsers.DUCHA);
            for (Identity writer : List.of(EvidenceUsers.ZHENGWU, EvidenceUsers.OFFICE)) {
                long events = eventCount();
                var answer = api.post(writer, path + "/links",
                        Map.of("targetType", type, "targetId", theirs, "period", "2020"));
                assertThat(answer.status()).as(type + " " + answer.body()).isEqualTo(403);
                assertThat(answer.code()).isEqualTo("not-your-department");
                assertThat(eventCount()).isEqualTo(events);
            }
            var own = api.post(EvidenceUsers.ZHENGWU, path + "/links",
                    Map.of("targetType", type, "targetId", record(type, EvidenceUsers.ZHENGWU), "period", "2020"));
            assertThat(own.status()).as(type + " " + own.body()).isEqualTo(200);
        }
        assertThat(api.get(EvidenceUsers.ZHENGWU, path).body().get("links")).hasSize(3);
    }

    @Test
    void onlyTheOfficeArchivesAndAnAuditorOnlyReads() {
        assertThat(api.post(EvidenceUsers.ZHENGWU, path + "/archive", null).status()).isEqualTo(403);
        assertThat(api.post(EvidenceUsers.AUDITOR, path + "/archive", null).status()).isEqualTo(403);
        assertThat(upload(EvidenceUsers.AUDITOR, "x.jpg", Files.jpeg(42, 16, 16)).status()).isEqualTo(403);
        assertThat(api.get(EvidenceUsers.AUDITOR, path).status()).isEqualTo(200);
        assertThat(api.get(EvidenceUsers.AUDITOR, path + "/download").status()).isEqualTo(200);
        assertThat(api.get(EvidenceUsers.ZHANG, path).status()).isEqualTo(403);
        assertThat(api.get(EvidenceUsers.ZHENGWU, "/api/evidence/verification").status()).isEqualTo(403);
        assertThat(api.get(EvidenceUsers.NOBODY, path).status()).isEqualTo(401);
    }

    @Test
    void theOfficeUploadsForANamedDepartmentOnly() {
        assertThat(upload(EvidenceUsers.OFFICE, "x.jpg", Files.jpeg(43, 16, 16)).code())
                .isEqualTo("department-required");
        var answer = upload(EvidenceUsers.OFFICE, "督查处", "督办.jpg", Files.jpeg(44, 16, 16));
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body().get("department").asText()).isEqualTo("督查处");
    }

    @Test
    void everyReadIsForTheOfficeAuditorsAndTheOwnDepartment_aLeaderOnlyThroughTheirIndicators_neverATokenWithoutARole() {
        var noRole = new Bearer(TestIssuer.get().token("sso-user", "统一认证用户", "政务服务管理处", "offline_access"));
        String list = "/api/evidence?planId=" + planId + "&department=政务服务管理处";
        for (String read : List.of(path, list, path + "/download", path + "/content", path + "/thumbnail",
                path + "/history")) {
            for (Identity reader : List.of(EvidenceUsers.OFFICE, EvidenceUsers.AUDITOR, EvidenceUsers.ZHENGWU)) {
                assertThat(status(reader, read)).as(read).isEqualTo(200);
            }
            assertThat(status(EvidenceUsers.DUCHA, read)).as(read).isEqualTo(403);
            // no indicator of this plan is Zhang's (LeaderEvidenceIntegrationTest: what one opens); history never
            assertThat(api.get(EvidenceUsers.ZHANG, read).code()).as(read)
                    .isEqualTo(read.endsWith("/history") ? "forbidden" : "not-your-indicator");
            assertThat(api.get(noRole, read).code()).as(read).isEqualTo("forbidden");
            assertThat(status(EvidenceUsers.NOBODY, read)).as(read).isEqualTo(401);
        }
    }

    @Test
    void verificationAuditAndChainAreForTheOfficeAndAuditors_onlyTheOfficeSweepsOrphans() {
        for (String read : List.of("/api/evidence/verification", "/api/evidence/audit/events?aggregateId="
                + path.replaceAll(".*/", ""), "/api/evidence/chain/verification")) {
            assertThat(status(EvidenceUsers.OFFICE, read)).as(read).isEqualTo(200);
            assertThat(status(EvidenceUsers.AUDITOR, read)).as(read).isEqualTo(200);
            assertThat(api.get(EvidenceUsers.ZHENGWU, read).code()).as(read).isEqualTo("forbidden");
            assertThat(api.get(EvidenceUsers.ZHANG, read).code()).as(read).isEqualTo("forbidden");
            assertThat(status(EvidenceUsers.NOBODY, read)).as(read).isEqualTo(401);
        }
        for (Identity notOffice : List.of(EvidenceUsers.ZHENGWU, EvidenceUsers.AUDITOR, EvidenceUsers.ZHANG)) {
            assertThat(api.post(notOffice, "/api/evidence/maintenance/orphan-sweep", null).code())
                    .isEqualTo("forbidden");
        }
        assertThat(api.post(EvidenceUsers.NOBODY, "/api/evidence/maintenance/orphan-sweep", null).status())
                .isEqualTo(401);
        assertThat(api.post(EvidenceUsers.OFFICE, "/api/evidence/maintenance/orphan-sweep", null).status())
                .isEqualTo(200);
    }

    /** The status of a GET, whatever the body (JSON, an image, a file). */
    private int status(Identity user, String read) {
        return http.exchange(read, HttpMethod.GET, new HttpEntity<>(user.headers()), byte[].class)
                .getStatusCode().value();
    }
}
