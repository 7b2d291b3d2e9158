package kaohe.ledger.report.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
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

/** Quarterly reports with every submission round and the office's decision on it. */
@Component
@ProcessingGroup("quarterly-report-projection")
public class QuarterlyReportProjection {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public QuarterlyReportProjection(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(QuarterlyReportDraftedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                INSERT INTO quarterly_report_view (report_id, plan_id, department, quarter, due_on, status, version)
                VALUES (?, ?, ?, ?, ?, 'DRAFT', ?)""", event.reportId(), event.planId(), event.department(),
                event.quarter(), event.dueOn(), version);
    }

    @EventHandler
    void on(QuarterlyReportRevisedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE quarterly_report_view SET narrative = ?, evidence = ?::jsonb, version = ?
                 WHERE report_id = ?""", event.narrative(), write(event.evidence()), version, event.reportId());
    }

    @EventHandler
    void on(QuarterlyReportSubmittedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE quarterly_report_view
                   SET status = 'SUBMITTED', round = ?, progress = ?::jsonb, submitted_on = ?, days_late = ?,
                       version = ?
                 WHERE report_id = ?""", event.round(), write(event.progress()), event.submittedOn(),
                event.daysLate(), version, event.reportId());
        jdbc.update("""
                INSERT INTO report_round_view (report_id, round, submitted_on, days_late) VALUES (?, ?, ?, ?)""",
                event.reportId(), event.round(), event.submittedOn(), event.daysLate());
    }

    @EventHandler
    void on(QuarterlyReportReturnedEvent event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.REASON) String reason,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actor) {
        decide(event.reportId(), event.round(), "RETURNED", reason, actor, at, version);
    }

    @EventHandler
    void on(QuarterlyReportAcceptedEvent event, @SequenceNumber long version, @Timestamp Instant at,
            @MetaDataValue(EventMetadata.ACTOR_NAME) String actor) {
        decide(event.reportId(), event.round(), "ACCEPTED", null, actor, at, version);
        jdbc.update("UPDATE quarterly_report_view SET accepted_on = ? WHERE report_id = ?", event.acceptedOn(),
                event.reportId());
    }

    @EventHandler
    void on(ReportCorrectionRequestedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE quarterly_report_view SET correction_id = ?, version = ? WHERE report_id = ?",
                event.correctionId(), version, event.reportId());
    }

    @EventHandler
    void on(ReportCorrectionApprovedEvent event, @SequenceNumber long version) {
        jdbc.update("""
                UPDATE quarterly_report_view SET correction_id = NULL, narrative = ?, evidence = ?::jsonb,
                       version = ? WHERE report_id = ?""", event.narrative(), write(event.evidence()), version,
                event.reportId());
    }

    @EventHandler
    void on(ReportCorrectionRefusedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE quarterly_report_view SET correction_id = NULL, version = ? WHERE report_id = ?",
                version, event.reportId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE quarterly_report_view CASCADE");
    }

    private void decide(String reportId, int round, String outcome, String reason, String actor, Instant at,
                        long version) {
        jdbc.update("""
                UPDATE report_round_view SET outcome = ?, reason = ?, decided_by = ?, decided_at = ?
                 WHERE report_id = ? AND round = ?""", outcome, reason, actor, at.atOffset(ZoneOffset.UTC),
                reportId, round);
        jdbc.update("UPDATE quarterly_report_view SET status = ?, version = ? WHERE report_id = ?", outcome,
                version, reportId);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
