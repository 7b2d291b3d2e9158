package kaohe.evidence.web;

import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.storage.ObjectStore;
import kaohe.evidence.verification.OrphanSweep;
import kaohe.platform.command.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The verification catches objects changed or lost behind the service's back; the sweep removes orphans. */
class VerificationIntegrationTest extends EvidenceIntegrationTestBase {

    @Autowired
    private EvidenceQueries queries;

    @Test
    void anObjectSwappedOrDeletedInTheStoreIsReported() throws Exception {
        String swapped = upload(EvidenceUsers.ZHENGWU, "a.jpg", Files.jpeg(50, 32, 32)).body().get("evidenceId")
                .asText();
        String deleted = upload(EvidenceUsers.ZHENGWU, "b.jpg", Files.jpeg(51, 32, 32)).body().get("evidenceId")
                .asText();
        byte[] other = Files.jpeg(52, 32, 32);
        minio.putObject(PutObjectArgs.builder().bucket("kaohe-evidence").object("evidence/" + swapped)
                .stream(new ByteArrayInputStream(other), other.length, -1).build());
        minio.removeObject(RemoveObjectArgs.builder().bucket("kaohe-evidence").object("evidence/" + deleted).build());

        var report = api.get(EvidenceUsers.AUDITOR, "/api/evidence/verification").body();
        var problems = new java.util.HashMap<String, String>();
        report.get("mismatches").forEach(m -> problems.put(m.get("evidenceId").asText(), m.get("problem").asText()));
        assertThat(problems.get(swapped)).isIn("HASH_MISMATCH", "SIZE_MISMATCH");
        assertThat(problems.get(deleted)).isEqualTo("MISSING");
    }

    @Test
    void theSweepRemovesObjectsNoEventRefersTo() throws Exception {
        byte[] bytes = Files.jpeg(53, 16, 16);
        String orphan = "evidence/crashed-" + planId;
        minio.putObject(PutObjectArgs.builder().bucket("kaohe-evidence").object(orphan)
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1).build());
        String kept = upload(EvidenceUsers.ZHENGWU, "c.jpg", Files.jpeg(54, 16, 16)).body().get("evidenceId")
                .asText();
        var sweep = new OrphanSweep(store, queries, Clock.systemUTC(), Duration.ZERO);
        assertThat(sweep.run(Duration.ofSeconds(-5))).contains(orphan);
        assertThat(objects()).doesNotContain(orphan).contains("evidence/" + kept);
    }

    @Autowired
    private ObjectStore store;

    @Autowired
    private kaohe.platform.command.CommandSender commands;

    @Autowired
    private kaohe.evidence.storage.StorageProperties storage;

    @Autowired
    private kaohe.evidence.catalog.PlanCatalog plans;

    /** The real pipeline against a store that does not answer (a closed port): 503, no event, no object. */
    @Test
    void withTheStoreDownAnUploadIsA503AndRecordsNothing() {
        var down = new ObjectStore(io.minio.MinioClient.builder().endpoint("http://127.0.0.1:9")
                .credentials("kaohe", "x").build(), storage);
        var uploads = new kaohe.evidence.upload.EvidenceUploads(down, commands, queries, plans, 1024 * 1024);
        byte[] photo = Files.jpeg(55, 32, 32);
        long events = eventCount();
        assertThatThrownBy(() -> uploads.upload(planId, "政务服务管理处", "x.jpg", photo.length,
                new ByteArrayInputStream(photo), null))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.kind().status()).isEqualTo(503);
                    assertThat(refusal.code()).isEqualTo("storage-unavailable");
                });
        assertThat(eventCount()).isEqualTo(events);
    }
}
