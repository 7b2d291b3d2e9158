package kaohe.evidence.web;

import kaohe.evidence.content.Samples;
import kaohe.testengines.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bad upload of the issue is refused with a clear problem, and leaves no event and no object behind. */
class EvidenceBadInputIntegrationTest extends EvidenceIntegrationTestBase {

    @Value("${local.server.port}")
    private int port;

    private void refusedLeavingNothing(int status, String code, Supplier<ApiClient.Answer> request) {
        long events = eventCount();
        assertProblem(request.get(), status, code);
        assertThat(eventCount()).as("events after " + code).isEqualTo(events);
        assertThat(orphans()).as("objects after " + code).isEmpty();
    }

    @Test
    void zeroBytesAndTypesNotOnTheAllowList() {
        refusedLeavingNothing(400, "empty-file", () -> upload(EvidenceUsers.ZHENGWU, "空.jpg", new byte[0]));
        refusedLeavingNothing(415, "unsupported-type", () -> upload(EvidenceUsers.ZHENGWU, "photo.jpg",
                "<!DOCTYPE html><html><body>not a photo</body></html>".getBytes(StandardCharsets.UTF_8)));
        refusedLeavingNothing(415, "unsupported-type", () -> upload(EvidenceUsers.ZHENGWU, "photo.jpg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8)));
        refusedLeavingNothing(415, "unsupported-type", () -> upload(EvidenceUsers.ZHENGWU, "run.jpg",
                "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)));
        refusedLeavingNothing(415, "unsupported-type", () -> upload(EvidenceUsers.ZHENGWU, "report.pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}));
    }

    @Test
    void aPolyglotPhotoIsRefused() {
        byte[] photo = Files.jpeg(3, 64, 64);
        byte[] polyglot = new byte[photo.length + 40];
        System.arraycopy(photo, 0, polyglot, 0, 200);
        System.arraycopy("<script>alert(document.cookie)</script>".getBytes(StandardCharsets.US_ASCII), 0,
                polyglot, 200, 39);
        System.arraycopy(photo, 200, polyglot, 239, photo.length - 200);
        refusedLeavingNothing(415, "polyglot", () -> upload(EvidenceUsers.ZHENGWU, "photo.jpg", polyglot));
    }

    /** Decoded as far as its dimensions: a header cut short or garbage after the magic is refused before storing. */
    @Test
    void anImageWhoseDimensionsCannotBeReadIsRefused() {
        byte[] jpeg = Files.jpeg(4, 64, 64);
        refusedLeavingNothing(415, "corrupt-image", () -> upload(EvidenceUsers.ZHENGWU, "截图.png",
                Arrays.copyOf(Files.png(4), 16)));
        refusedLeavingNothing(415, "corrupt-image", () -> upload(EvidenceUsers.ZHENGWU, "照片.jpg",
                Arrays.copyOf(jpeg, 100)));
        refusedLeavingNothing(415, "corrupt-image", () -> upload(EvidenceUsers.ZHENGWU, "照片.jpg",
                Samples.concat(Arrays.copyOf(jpeg, 3), Samples.random(100_000, 4))));
        refusedLeavingNothing(415, "corrupt-image", () -> upload(EvidenceUsers.ZHENGWU, "照片.heic",
                Samples.ftyp("heic", "mif1", "heic")));

        var heic = upload(EvidenceUsers.ZHENGWU, "照片.heic", Samples.heic(4032, 3024));
        assertThat(heic.status()).as(heic.body().toString()).isEqualTo(201);
        byte[] longHeader = jpeg;
        for (int i = 0; i < 3; i++) { // header segments pushing the first scan past the first 64 KB
            longHeader = Samples.jpegWithComment(longHeader, Samples.random(60_000, i));
        }
        var photo = upload(EvidenceUsers.ZHENGWU, "照片.jpg", longHeader);
        assertThat(photo.status()).as(photo.body().toString()).isEqualTo(201);
        assertThat(photo.body().get("size").asInt()).isEqualTo(longHeader.length);
    }

    /** The plan and the record must be known from the indicator and ledger contexts' events. */
    @Test
    void anUploadToAnUnknownPlanOrALinkToAnUnknownRecordIsRefused() {
        String known = planId;
        planId = "no-such-plan";
        refusedLeavingNothing(422, "plan-not-found", () -> upload(EvidenceUsers.ZHENGWU, "a.jpg",
                Files.jpeg(31, 16, 16)));
        planId = known;
        String id = upload(EvidenceUsers.ZHENGWU, "a.jpg", Files.jpeg(31, 16, 16)).body().get("evidenceId").asText();
        refusedLeavingNothing(422, "link-target-not-found", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/links", Map.of("targetType", "TASK", "targetId", "t-404", "period", "2020")));
        String report = record("REPORT", EvidenceUsers.ZHENGWU);
        refusedLeavingNothing(422, "link-target-not-found", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/links", Map.of("targetType", "TASK", "targetId", report, "period", "2020")));
    }

    @Test
    void hostileFileNamesAreKeptOnlyAsSanitisedMetadata() {
        Map<String, String> names = Map.of(
                "../../etc/passwd.jpg", "passwd.jpg",
                "a\u0000b.jpg", "ab.jpg",
                "photo\u202Egpj.exe", "photogpj.exe",
                "CON.jpg", "_CON.jpg");
        int seed = 10;
        for (var name : names.entrySet()) {
            var answer = upload(EvidenceUsers.ZHENGWU, name.getKey(), Files.jpeg(seed++, 16, 16));
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
            assertThat(answer.body().get("originalName").asText()).as(name.getKey()).isEqualTo(name.getValue());
        }
        var longName = upload(EvidenceUsers.ZHENGWU, "长".repeat(300) + ".jpg", Files.jpeg(seed, 16, 16));
        assertThat(longName.body().get("originalName").asText()).hasSizeLessThanOrEqualTo(200).endsWith(".jpg");
    }

    @Test
    void anOversizedDeclaredBodyIsRefusedBeforeItIsRead() throws IOException {
        long events = eventCount();
        String answer = rawUpload(21L * 1024 * 1024, new byte[0], false);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("evidence-too-large");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(orphans()).isEmpty();
    }

    @Test
    void anOversizedStreamedBodyIsCutAtTheLimit() throws Exception {
        byte[] huge = Files.jpegOfSize(21 * 1024 * 1024);
        long events = eventCount();
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port
                        + "/api/evidence/uploads?planId=" + planId))
                .header("Content-Type", "application/octet-stream")
                // no declared length: the body arrives chunked and is counted while it streams
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(huge)));
        EvidenceUsers.ZHENGWU.headers().forEach((name, values) -> request.header(name, values.get(0)));
        var answer = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
        assertThat(answer.body()).contains("evidence-too-large");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(orphans()).isEmpty();
    }

    @Test
    void anUploadCutOffMidwayLeavesNothing() throws Exception {
        long events = eventCount();
        byte[] photo = Files.jpegOfSize(200_000);
        rawUpload(400_000, photo, true);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline) && !orphans().isEmpty()) {
            Thread.sleep(100);
        }
        Thread.sleep(500);
        assertThat(eventCount()).isEqualTo(events);
        assertThat(orphans()).isEmpty();
    }

    @Test
    void attachingWithdrawnEvidenceOrToAnUnknownKindOfRecord() {
        String id = upload(EvidenceUsers.ZHENGWU, "a.jpg", Files.jpeg(30, 16, 16)).body().get("evidenceId").asText();
        refusedLeavingNothing(400, "invalid-request", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/links", Map.of("targetType", "INVOICE", "targetId", "x", "period", "2020")));
        refusedLeavingNothing(400, "invalid-period", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/links", Map.of("targetType", "TASK", "targetId", "x", "period", "2020-Q5")));
        refusedLeavingNothing(400, "reason-required", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/withdrawal", Map.of()));
        api.post(EvidenceUsers.ZHENGWU, "/api/evidence/" + id + "/withdrawal", Map.of("reason", "拍错了"));
        refusedLeavingNothing(422, "evidence-withdrawn", () -> api.post(EvidenceUsers.ZHENGWU,
                "/api/evidence/" + id + "/links", Map.of("targetType", "TASK", "targetId", "x", "period", "2020")));
        refusedLeavingNothing(422, "evidence-withdrawn", () -> api.post(EvidenceUsers.OFFICE,
                "/api/evidence/" + id + "/archive", null));
    }

    /** Sends the head (and {@code body}) of an upload over a socket; {@code cutOff} closes it before the end. */
    private String rawUpload(long declared, byte[] body, boolean cutOff) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            var head = new StringBuilder("POST /api/evidence/uploads?planId=" + planId + " HTTP/1.1\r\n")
                    .append("Host: localhost\r\nContent-Type: application/octet-stream\r\n")
                    .append("Content-Length: ").append(declared).append("\r\n");
            EvidenceUsers.ZHENGWU.headers().forEach((name, values) ->
                    head.append(name).append(": ").append(values.get(0)).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            if (cutOff) {
                return "";
            }
            socket.setSoTimeout(10_000);
            var answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            try {
                for (int n = socket.getInputStream().read(buffer); n > 0 && answer.size() < 2000;
                     n = socket.getInputStream().read(buffer)) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException enough) {
                // what arrived is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** Without an Idempotency-Key the same bytes sent twice are two uploads, the second flagged as a duplicate. */
    @Test
    void theSameFileUploadedTwiceIsReportedAsADuplicate() {
        byte[] photo = Files.jpeg(60, 32, 32);
        var headers = EvidenceUsers.ZHENGWU.headers();
        headers.set("Content-Type", "application/octet-stream");
        var first = upload(headers, photo);
        var again = upload(headers, photo);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("duplicateOf").get(0).asText()).isEqualTo(first.body().get("evidenceId").asText());
    }

    /**
     * An upload retried with its Idempotency-Key after a lost answer (a gateway killed mid-request, seen in
     * ./kaohe chaos) is the first upload again, not a second evidence; the key with other bytes is refused, and
     * another uploader's identical key is theirs alone.
     */
    @Test
    void anUploadRetriedWithItsIdempotencyKeyIsStoredOnce() {
        byte[] photo = Files.jpeg(61, 32, 32);
        var headers = EvidenceUsers.ZHENGWU.headers();
        headers.set("Content-Type", "application/octet-stream");
        headers.set("Idempotency-Key", "upload-" + planId);
        var first = upload(headers, photo);
        var again = upload(headers, photo);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body().get("evidenceId").asText()).isEqualTo(first.body().get("evidenceId").asText());
        assertThat(api.get(EvidenceUsers.ZHENGWU, "/api/evidence?planId=" + planId + "&department="
                + first.body().get("department").asText()).body()).hasSize(1);

        var otherBytes = upload(headers, Files.jpeg(62, 32, 32));
        assertThat(otherBytes.status()).isEqualTo(422);
        assertThat(otherBytes.body().get("code").asText()).isEqualTo("idempotency-key-reused");
        headers.set("Idempotency-Key", "k".repeat(201));
        assertThat(upload(headers, photo).status()).isEqualTo(400);
    }

    private ApiClient.Answer upload(org.springframework.http.HttpHeaders headers, byte[] body) {
        return api.call(org.springframework.http.HttpMethod.POST, "/api/evidence/uploads?planId=" + planId, headers,
                body);
    }
}
