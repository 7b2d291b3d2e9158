package kaohe.evidence.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.minio.GetObjectArgs;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": a liaison uploads photos and a PDF and attaches them to a quarterly report; the office
 * archives them; an auditor runs the verification and every object matches its event.
 */
class EvidenceWorkflowIntegrationTest extends EvidenceIntegrationTestBase {

    @Test
    void aLiaisonUploadsAndAttachesTheOfficeArchivesAndTheAuditorVerifies() throws Exception {
        byte[] photo = Files.jpeg(1, 320, 240);
        var first = upload(EvidenceUsers.ZHENGWU, "长安区示范镇街验收.jpg", photo);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        JsonNode evidence = first.body();
        assertThat(evidence.get("department").asText()).isEqualTo("政务服务管理处");
        assertThat(evidence.get("contentType").asText()).isEqualTo("image/jpeg");
        assertThat(evidence.get("photo").asBoolean()).isTrue();
        assertThat(evidence.get("size").asLong()).isEqualTo(photo.length);
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(photo));
        assertThat(evidence.get("originalName").asText()).isEqualTo("长安区示范镇街验收.jpg");
        assertThat(evidence.has("objectKey")).as("the key stays inside the service").isFalse();
        var second = upload(EvidenceUsers.ZHENGWU, "社区便民服务站.png", Files.png(2));
        var pdf = upload(EvidenceUsers.ZHENGWU, "三季度工作总结.pdf", Files.pdf("三季度工作总结"));
        assertThat(pdf.body().get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(pdf.body().get("photo").asBoolean()).isFalse();

        // The same bytes again: stored, and reported as a duplicate of the first.
        var again = upload(EvidenceUsers.ZHENGWU, "重复.jpg", photo);
        assertThat(again.body().get("duplicateOf")).extracting(JsonNode::asText)
                .containsExactly(evidence.get("evidenceId").asText());

        String quarterlyReport = record("REPORT", EvidenceUsers.ZHENGWU);
        for (JsonNode uploaded : new JsonNode[] {evidence, second.body(), pdf.body()}) {
            String path = "/api/evidence/" + uploaded.get("evidenceId").asText();
            var linked = api.post(EvidenceUsers.ZHENGWU, path + "/links",
                    Map.of("targetType", "REPORT", "targetId", quarterlyReport, "period", "2020-Q3"));
            assertThat(linked.status()).as(linked.body().toString()).isEqualTo(200);
            assertThat(linked.body().get("links").get(0).get("targetId").asText()).isEqualTo(quarterlyReport);
            var archived = api.post(EvidenceUsers.OFFICE, path + "/archive", null);
            assertThat(archived.status()).as(archived.body().toString()).isEqualTo(200);
            assertThat(archived.body().get("archivedOn").asText()).isNotBlank();
        }
        String firstPath = "/api/evidence/" + evidence.get("evidenceId").asText();
        assertProblem(api.post(EvidenceUsers.ZHENGWU, firstPath + "/withdrawal", Map.of("reason", "拍错了")), 422,
                "evidence-archived");

        // The owner withdraws the unarchived duplicate: hidden from the list, object and history kept.
        String duplicate = again.body().get("evidenceId").asText();
        var withdrawn = api.post(EvidenceUsers.ZHENGWU, "/api/evidence/" + duplicate + "/withdrawal",
                Map.of("reason", "重复上传"));
        assertThat(withdrawn.body().get("withdrawn").asBoolean()).isTrue();
        var listed = api.get(EvidenceUsers.ZHENGWU, "/api/evidence?planId=" + planId + "&department=政务服务管理处");
        assertThat(listed.body()).hasSize(3).noneMatch(item -> item.get("evidenceId").asText().equals(duplicate));
        assertThat(objects()).contains("evidence/" + duplicate);

        // Download: a presigned URL that serves the same bytes as an attachment.
        var link = api.get(EvidenceUsers.ZHENGWU, firstPath + "/download");
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.body().get("url").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(photo);
        assertThat(fetched.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        var streamed = http.exchange(firstPath + "/content", HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(EvidenceUsers.AUDITOR.headers()), byte[].class);
        assertThat(streamed.getBody()).isEqualTo(photo);
        assertThat(streamed.getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
        assertThat(streamed.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        // A thumbnail for dashboards: a JPEG no larger than 320 px a side; none for a PDF.
        var thumbnail = http.exchange(firstPath + "/thumbnail", HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(EvidenceUsers.ZHENGWU.headers()), byte[].class);
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.getBody()));
        assertThat(image.getWidth()).isLessThanOrEqualTo(320);
        assertThat(image.getWidth() * 3).isEqualTo(image.getHeight() * 4);
        assertThat(api.get(EvidenceUsers.ZHENGWU, "/api/evidence/" + pdf.body().get("evidenceId").asText()
                + "/thumbnail").code()).isEqualTo("no-thumbnail");

        // The auditor's verification: every object of these events present, same size, same SHA-256.
        var report = api.get(EvidenceUsers.AUDITOR, "/api/evidence/verification");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("checked").asInt()).isGreaterThanOrEqualTo(4);
        for (String id : new String[] {evidence.get("evidenceId").asText(), duplicate,
                pdf.body().get("evidenceId").asText(), second.body().get("evidenceId").asText()}) {
            assertThat(report.body().get("mismatches")).noneMatch(m -> m.get("evidenceId").asText().equals(id));
        }
        try (var in = minio.getObject(GetObjectArgs.builder().bucket("kaohe-evidence")
                .object("evidence/" + evidence.get("evidenceId").asText()).build())) {
            assertThat(in.readAllBytes()).isEqualTo(photo);
        }
    }

    /** The client's name stays history; a browser saves the file under the extension of what the bytes are. */
    @Test
    void aDownloadCarriesTheExtensionOfTheDetectedType() throws Exception {
        var uploaded = upload(EvidenceUsers.ZHENGWU, "整改.bat", Files.jpeg(7, 32, 32));
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        assertThat(uploaded.body().get("originalName").asText()).isEqualTo("整改.bat");
        String path = "/api/evidence/" + uploaded.body().get("evidenceId").asText();
        String jpg = "filename*=UTF-8''%E6%95%B4%E6%94%B9.jpg";

        var streamed = http.exchange(path + "/content", HttpMethod.GET,
                new org.springframework.http.HttpEntity<>(EvidenceUsers.ZHENGWU.headers()), byte[].class);
        assertThat(streamed.getHeaders().getFirst("Content-Disposition")).startsWith("attachment").contains(jpg)
                .doesNotContain(".bat");
        var link = api.get(EvidenceUsers.ZHENGWU, path + "/download");
        HttpResponse<byte[]> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(link.body().get("url").asText())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains(jpg).doesNotContain(".bat");
    }

    @Test
    void aFiveMegabytePhotoStreamsInPartsAndVerifies() {
        byte[] large = Files.jpegOfSize(6 * 1024 * 1024);
        var answer = upload(EvidenceUsers.ZHENGWU, "large.jpg", large);
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        assertThat(answer.body().get("sha256").asText()).isEqualTo(sha256(large));
        assertThat(answer.body().get("size").asLong()).isEqualTo(large.length);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
