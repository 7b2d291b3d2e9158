package kaohe.evidence.evidence.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.command.Refusal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Reads evidence; child rows are read after the parent row set is closed (one pooled connection at a time). */
@Component
public class EvidenceQueries {

    /** Where the bytes of one evidence are, for the service's own use (download, verification). */
    public record StoredObject(String evidenceId, String department, String bucket, String objectKey,
                               String contentType, String originalName, long size, String sha256, boolean photo) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public EvidenceQueries(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public EvidenceView find(String evidenceId) {
        var rows = jdbc.query("SELECT * FROM evidence_view WHERE evidence_id = ?", this::view, evidenceId);
        if (rows.isEmpty()) {
            throw Refusal.notFound("evidence-not-found", evidenceId);
        }
        return withLinks(rows.get(0));
    }

    public StoredObject stored(String evidenceId) {
        return storedObject(evidenceId).orElseThrow(() -> Refusal.notFound("evidence-not-found", evidenceId));
    }

    public Optional<StoredObject> storedObject(String evidenceId) {
        return jdbc.query("SELECT * FROM evidence_view WHERE evidence_id = ?", (rs, row) -> new StoredObject(
                        rs.getString("evidence_id"), rs.getString("department"), rs.getString("bucket"),
                        rs.getString("object_key"), rs.getString("content_type"), rs.getString("original_name"),
                        rs.getLong("size"), rs.getString("sha256"), rs.getBoolean("photo")), evidenceId)
                .stream().findFirst();
    }

    /** A department's evidence of a plan, newest first; withdrawn evidence only when asked for. */
    public List<EvidenceView> list(String planId, String department, boolean includeWithdrawn) {
        return jdbc.query("""
                SELECT * FROM evidence_view WHERE plan_id = ? AND department = ? AND (? OR NOT withdrawn)
                 ORDER BY uploaded_at DESC, evidence_id""", this::view, planId, department, includeWithdrawn)
                .stream().map(this::withLinks).toList();
    }

    /** Earlier evidence of the department with exactly these bytes. */
    public List<String> sameBytes(String department, String sha256) {
        return jdbc.queryForList("""
                SELECT evidence_id FROM evidence_view WHERE department = ? AND sha256 = ?
                 ORDER BY uploaded_at, evidence_id""", String.class, department, sha256);
    }

    public boolean knowsObject(String objectKey) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM evidence_view WHERE object_key = ?)", Boolean.class, objectKey));
    }

    private EvidenceView withLinks(EvidenceView view) {
        var links = jdbc.query("""
                SELECT target_type, target_id, period, outside_period FROM evidence_link_view
                 WHERE evidence_id = ? ORDER BY target_type, target_id""", (rs, row) -> new EvidenceView.Link(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)), view.evidenceId());
        return new EvidenceView(view.evidenceId(), view.planId(), view.department(), view.contentType(), view.photo(),
                view.size(), view.sha256(), view.originalName(), view.capturedAt(), view.latitude(),
                view.longitude(), view.duplicateOf(), view.uploadedAt(), view.uploadedBy(), view.archivedOn(),
                view.withdrawn(), links, view.version());
    }

    private EvidenceView view(ResultSet rs, int row) throws SQLException {
        var captured = rs.getObject("captured_at", OffsetDateTime.class);
        return new EvidenceView(rs.getString("evidence_id"), rs.getString("plan_id"), rs.getString("department"),
                rs.getString("content_type"), rs.getBoolean("photo"), rs.getLong("size"), rs.getString("sha256"),
                rs.getString("original_name"), captured == null ? null : captured.toInstant(),
                (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"),
                read(rs.getString("duplicate_of")),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"),
                rs.getObject("archived_on", LocalDate.class), rs.getBoolean("withdrawn"), List.of(),
                rs.getLong("version"));
    }

    private List<String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("unreadable duplicate_of", corrupt);
        }
    }
}
