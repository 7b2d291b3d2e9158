package kaohe.ledger.task.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.SixDefines;
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

/** Ledger tasks with their six defines (as JSON), state, the office's review, pending extension, co-signatures. */
@Component
@ProcessingGroup("ledger-task-projection")
public class LedgerTaskProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public LedgerTaskProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(LedgerTaskDraftedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO ledger_task_view (task_id, plan_id, indicator_id, department, carried_as, title, defines,
                                              version)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", event.taskId(), event.planId(), event.indicatorId(),
                event.department(), event.carriedAs().name(), event.title(), write(event.defines()), version);
    }

    /** A revision of approved defines goes back to the office's review. */
    @EventHandler
    void on(LedgerTaskDefinesRevisedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE ledger_task_view
                   SET defines = ?::jsonb, review = CASE review WHEN 'APPROVED' THEN 'PENDING' ELSE review END,
                       version = ?
                 WHERE task_id = ?""", write(event.after()), version, event.taskId());
    }

    @EventHandler
    void on(LedgerTaskSubmittedEvent event, @SequenceNumber long version) {
        review(event.taskId(), "PENDING", null, null, null, version);
    }

    @EventHandler
    void on(LedgerTaskApprovedEvent event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actor) {
        review(event.taskId(), "APPROVED", null, actor, at, version);
    }

    @EventHandler
    void on(LedgerTaskReturnedEvent event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.REASON) String reason,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actor) {
        review(event.taskId(), "RETURNED", reason, actor, at, version);
    }

    @EventHandler
    void on(ExtensionRequestedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE ledger_task_view SET extension_id = ?, extension_deadline = ?, version = ?
                 WHERE task_id = ?""", event.requestId(), event.requestedDeadline(), version, event.taskId());
    }

    @EventHandler
    void on(ExtensionApprovedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE ledger_task_view
                   SET defines = jsonb_set(defines, '{deadline}', to_jsonb(?::text)),
                       extension_id = NULL, extension_deadline = NULL, version = ?
                 WHERE task_id = ?""", event.after().toString(), version, event.taskId());
    }

    @EventHandler
    void on(ExtensionRefusedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE ledger_task_view SET extension_id = NULL, extension_deadline = NULL, version = ?
                 WHERE task_id = ?""", version, event.taskId());
    }

    @EventHandler
    void on(ContributionConfirmedEvent event, @SequenceNumber long version, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO task_co_signature (task_id, quarter, department, contribution, confirmed_at)
                VALUES (?, ?, ?, ?, ?)""", event.taskId(), event.quarter(), event.department(),
                event.contribution(), at.atOffset(ZoneOffset.UTC));
        jdbc.update("UPDATE ledger_task_view SET version = ? WHERE task_id = ?", version, event.taskId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE ledger_task_view CASCADE");
    }

    private void review(String taskId, String state, String reason, String actor, Instant at, long version) {
        jdbc.update("""
                UPDATE ledger_task_view
                   SET submitted = TRUE, review = ?, review_reason = ?, reviewed_by = ?, reviewed_at = ?, version = ?
                 WHERE task_id = ?""", state, reason, actor, at == null ? null : at.atOffset(ZoneOffset.UTC),
                version, taskId);
    }

    private String write(SixDefines defines) {
        try {
            return json.writeValueAsString(defines);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
