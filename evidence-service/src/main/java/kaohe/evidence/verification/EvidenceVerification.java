package kaohe.evidence.verification;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.storage.ObjectStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks every {@code EvidenceUploaded} event in the event store — not a projection — against its object: present,
 * same size, same SHA-256 (the bytes are read back). Every mismatch is reported; nothing is changed.
 */
public class EvidenceVerification {

    public record Mismatch(String evidenceId, String objectKey, String problem, String expected, String actual) {
    }

    public record Report(Instant startedAt, Instant finishedAt, int checked, int matched, List<Mismatch> mismatches) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectStore store;
    private final ObjectMapper json;

    public EvidenceVerification(JdbcTemplate jdbc, ObjectStore store, ObjectMapper json) {
        this.jdbc = jdbc;
        this.store = store;
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public Report run() {
        Instant started = Instant.now();
        List<EvidenceUploadedEvent> uploads = new ArrayList<>();
        jdbc.query("""
                SELECT payload FROM domain_event_entry WHERE payload_type = ? ORDER BY global_index""", rs -> {
            try {
                uploads.add(json.readValue(rs.getBytes(1), EvidenceUploadedEvent.class));
            } catch (IOException corrupt) {
                throw new UncheckedIOException(corrupt);
            }
        }, EvidenceUploadedEvent.class.getName());
        List<Mismatch> mismatches = new ArrayList<>();
        for (EvidenceUploadedEvent upload : uploads) {
            check(upload, mismatches);
        }
        return new Report(started, Instant.now(), uploads.size(), uploads.size() - mismatches.size(), mismatches);
    }

    private void check(EvidenceUploadedEvent upload, List<Mismatch> mismatches) {
        var stat = store.stat(upload.objectKey()).orElse(null);
        if (stat == null) {
            mismatches.add(new Mismatch(upload.evidenceId(), upload.objectKey(), "MISSING", upload.sha256(), null));
            return;
        }
        if (stat.size() != upload.size()) {
            mismatches.add(new Mismatch(upload.evidenceId(), upload.objectKey(), "SIZE_MISMATCH",
                    Long.toString(upload.size()), Long.toString(stat.size())));
            return;
        }
        String actual = store.sha256(upload.objectKey());
        if (!actual.equals(upload.sha256())) {
            mismatches.add(new Mismatch(upload.evidenceId(), upload.objectKey(), "HASH_MISMATCH", upload.sha256(),
                    actual));
        }
    }
}
