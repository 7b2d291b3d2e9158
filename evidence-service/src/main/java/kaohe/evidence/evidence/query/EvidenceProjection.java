package kaohe.evidence.evidence.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.command.EventMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;

/** Evidence and its links, as the owner, the office and auditors list them. */
@Component
@ProcessingGroup("evidence-projection")
public class EvidenceProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public EvidenceProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(EvidenceUploadedEvent event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actor) throws JsonProcessingException {
        jdbc.update("""
                INSERT INTO evidence_view (evidence_id, plan_id, department, content_type, photo, size, sha256,
                                           bucket, object_key, original_name, captured_at, latitude, longitude,
                                           duplicate_of, uploaded_at, uploaded_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""", event.evidenceId(),
                event.planId(), event.department(), event.contentType(), event.photo(), event.size(),
                event.sha256(), event.bucket(), event.objectKey(), event.originalName(),
                event.capturedAt() == null ? null : event.capturedAt().atOffset(ZoneOffset.UTC), event.latitude(),
                event.longitude(), json.writeValueAsString(event.duplicateOf()), at.atOffset(ZoneOffset.UTC), actor,
                version);
    }

    @EventHandler
    void on(EvidenceLinkedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO evidence_link_view (evidence_id, target_type, target_id, period, outside_period)
                VALUES (?, ?, ?, ?, ?)""", event.evidenceId(), event.targetType(), event.targetId(), event.period(),
                event.outsidePeriod());
        jdbc.update("UPDATE evidence_view SET version = ? WHERE evidence_id = ?", version, event.evidenceId());
    }

    @EventHandler
    void on(EvidenceArchivedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE evidence_view SET archived_on = ?, version = ? WHERE evidence_id = ?",
                event.archivedOn(), version, event.evidenceId());
    }

    @EventHandler
    void on(EvidenceWithdrawnEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE evidence_view SET withdrawn = TRUE, version = ? WHERE evidence_id = ?", version,
                event.evidenceId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE evidence_view CASCADE");
    }
}
