package kaohe.evidence.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence is its department's: other liaisons neither read nor change it, auditors read, nobody else writes. */
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
}
