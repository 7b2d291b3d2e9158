package kaohe.evidence.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A photo's EXIF capture time and GPS are recorded at upload; attached to a period it was not taken in, it is
 * flagged, not refused. The photo (taken 2020-06-15 10:30 in Xi'an, no offset in its EXIF) is described in
 * {@code ExifJpegs}, which made it.
 */
class PhotoFactsIntegrationTest extends EvidenceIntegrationTestBase {

    @Test
    void capturedTimeAndPlaceAreRecordedAndAPhotoOutsideThePeriodIsFlagged() throws IOException {
        byte[] photo;
        try (InputStream in = getClass().getResourceAsStream("/kaohe/evidence/photo/exif-gps.jpg")) {
            photo = in.readAllBytes();
        }
        var uploaded = upload(EvidenceUsers.ZHENGWU, "现场照片.jpg", photo);
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(201);
        JsonNode evidence = uploaded.body();
        assertThat(evidence.get("capturedAt").asText()).isEqualTo("2020-06-15T02:30:00.250Z");
        assertThat(evidence.get("latitude").asDouble()).isCloseTo(34.1577, within(0.0001));
        assertThat(evidence.get("longitude").asDouble()).isCloseTo(108.9069, within(0.0001));

        String links = "/api/evidence/" + evidence.get("evidenceId").asText() + "/links";
        String check = record("CHECK", EvidenceUsers.ZHENGWU);
        String report = record("REPORT", EvidenceUsers.ZHENGWU);
        var june = api.post(EvidenceUsers.ZHENGWU, links, Map.of("targetType", "CHECK", "targetId", check,
                "period", "2020-06"));
        var thirdQuarter = api.post(EvidenceUsers.ZHENGWU, links, Map.of("targetType", "REPORT",
                "targetId", report, "period", "2020-Q3"));
        assertThat(thirdQuarter.status()).isEqualTo(200);
        Map<String, Boolean> flags = new java.util.HashMap<>();
        thirdQuarter.body().get("links").forEach(link ->
                flags.put(link.get("targetId").asText(), link.get("outsidePeriod").asBoolean()));
        assertThat(june.status()).isEqualTo(200);
        assertThat(flags).containsEntry(check, false).containsEntry(report, true);
    }
}
