package kaohe.supervision.chase.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.platform.command.EventMetadata;
import kaohe.supervision.chase.command.ChaseStatus;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/** 督办单 as the office and the department read them: the current state, every reply, every step with who and why. */
@Component
@ProcessingGroup("chase-projection")
public class ChaseProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public ChaseProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ChaseOpenedEvent event, EventMessage<?> message, @SequenceNumber long version) {
        var subject = event.subject();
        jdbc.update("""
                INSERT INTO chase_view (chase_id, plan_id, department, subject_kind, subject_id, subject_label, title,
                       message, reply_by, status, opened_on, opened_by, opened_by_name, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPENED', ?, ?, ?, ?)""", event.chaseId(), event.planId(),
                event.department(), subject.kind().name(), subject.id(), subject.label(), event.title(),
                event.message(), event.replyBy(), event.openedOn(), actorId(message), actorName(message), version);
        step(event.chaseId(), ChaseStatus.OPENED, message, version, null);
    }

    @EventHandler
    void on(ChaseSignedEvent event, EventMessage<?> message, @SequenceNumber long version) {
        moved(event.chaseId(), ChaseStatus.SIGNED, message, version, null);
    }

    @EventHandler
    void on(ChaseRepliedEvent event, EventMessage<?> message, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO chase_reply (chase_id, round, progress, evidence, replied_on, days_late, by_id, by_name)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?)""", event.chaseId(), event.round(), event.progress(),
                write(event.evidence()), event.repliedOn(), event.daysLate(), actorId(message), actorName(message));
        jdbc.update("UPDATE chase_view SET round = ? WHERE chase_id = ?", event.round(), event.chaseId());
        moved(event.chaseId(), ChaseStatus.REPLIED, message, version, null);
    }

    @EventHandler
    void on(ChaseAcceptedEvent event, EventMessage<?> message, @SequenceNumber long version) {
        moved(event.chaseId(), ChaseStatus.ACCEPTED, message, version, event.comment());
    }

    @EventHandler
    void on(ChaseSentBackEvent event, EventMessage<?> message, @SequenceNumber long version) {
        jdbc.update("UPDATE chase_view SET reply_by = ? WHERE chase_id = ?", event.replyBy(), event.chaseId());
        moved(event.chaseId(), ChaseStatus.SENT_BACK, message, version, reason(message));
    }

    @EventHandler
    void on(ChaseClosedEvent event, EventMessage<?> message, @SequenceNumber long version) {
        moved(event.chaseId(), ChaseStatus.CLOSED, message, version, null);
    }

    @EventHandler
    void on(ChaseWithdrawnEvent event, EventMessage<?> message, @SequenceNumber long version) {
        moved(event.chaseId(), ChaseStatus.WITHDRAWN, message, version, reason(message));
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE chase_view CASCADE");
    }

    private void moved(String chaseId, ChaseStatus status, EventMessage<?> message, long version, String reason) {
        jdbc.update("UPDATE chase_view SET status = ?, version = ? WHERE chase_id = ?", status.name(), version,
                chaseId);
        step(chaseId, status, message, version, reason);
    }

    private void step(String chaseId, ChaseStatus type, EventMessage<?> message, long version, String reason) {
        jdbc.update("""
                INSERT INTO chase_step (chase_id, sequence, type, at, by_id, by_name, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", chaseId, version, type.name(),
                message.getTimestamp().atOffset(ZoneOffset.UTC), actorId(message), actorName(message), reason);
    }

    private static String actorId(EventMessage<?> message) {
        return (String) message.getMetaData().get(EventMetadata.ACTOR_ID);
    }

    private static String actorName(EventMessage<?> message) {
        return (String) message.getMetaData().get(EventMetadata.ACTOR_NAME);
    }

    private static String reason(EventMessage<?> message) {
        return (String) message.getMetaData().get(EventMetadata.REASON);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
