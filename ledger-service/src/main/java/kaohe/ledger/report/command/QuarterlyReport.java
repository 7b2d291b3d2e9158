package kaohe.ledger.report.command;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A department's written quarterly report (每季度末书面报办公室): drafted, submitted, returned with a reason and
 * resubmitted (every round kept), accepted and then locked; a later correction needs the office's approval.
 */
@Aggregate(cache = "aggregateCache")
public class QuarterlyReport {

    enum Status { DRAFT, SUBMITTED, RETURNED, ACCEPTED }

    @AggregateIdentifier
    private String reportId;
    private String planId;
    private String department;
    private Quarter quarter;
    private LocalDate dueOn;
    private Status status;
    private int round;
    private String narrative;
    private List<String> evidence;
    private ReportCorrectionRequestedEvent pendingCorrection;
    private boolean revisedSinceReturn;

    protected QuarterlyReport() {
    }

    @CommandHandler
    public QuarterlyReport(DraftQuarterlyReportCommand command, IndicatorCatalog catalog,
                           BusinessCalendar calendar, ReportInputs inputs) {
        int year = catalog.planYear(command.planId())
                .orElseThrow(() -> Refusal.invalidField("planId", "unknown-plan", command.planId()));
        Quarter quarter = Quarter.parse(command.quarter());
        if (quarter.year() != year) {
            throw Refusal.invalidField("quarter", "quarter-outside-year", quarter);
        }
        if (quarter.firstDay().isAfter(calendar.today())) {
            throw Refusal.invalidField("quarter", "quarter-in-future", quarter);
        }
        if (!catalog.departments(command.planId()).contains(command.department())) {
            throw Refusal.invalidField("department", "unknown-department", command.department());
        }
        requireUsable(inputs, command.department(), command.evidence());
        apply(new QuarterlyReportDraftedEvent(command.reportId(), command.planId(), command.department(),
                quarter.toString(), calendar.quarterlyReportDue(quarter)));
        if (command.narrative() != null || !command.evidence().isEmpty()) {
            apply(new QuarterlyReportRevisedEvent(command.reportId(), null, command.narrative(), List.of(),
                    command.evidence()));
        }
    }

    @CommandHandler
    public void handle(ReviseQuarterlyReportCommand command, ReportInputs inputs) {
        requireEditable();
        requireUsable(inputs, department, command.evidence());
        if (Objects.equals(narrative, command.narrative()) && evidence.equals(command.evidence())) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new QuarterlyReportRevisedEvent(reportId, narrative, command.narrative(), evidence,
                command.evidence()));
    }

    @CommandHandler
    public void handle(SubmitQuarterlyReportCommand command, ReportInputs inputs, BusinessCalendar calendar) {
        requireEditable();
        if (narrative == null || narrative.isBlank()) {
            throw Refusal.unprocessable("narrative-required");
        }
        if (status == Status.RETURNED && !revisedSinceReturn) {
            throw Refusal.unprocessable("revision-required", quarter);
        }
        LocalDate today = calendar.today();
        apply(new QuarterlyReportSubmittedEvent(reportId, planId, department, quarter.toString(), round + 1,
                narrative, inputs.progress(planId, department, quarter), evidence, today, dueOn,
                BusinessCalendar.daysLate(today, dueOn)));
    }

    @CommandHandler
    public void handle(ReturnQuarterlyReportCommand command) {
        requireSubmitted();
        Reasoned.require(command);
        apply(new QuarterlyReportReturnedEvent(reportId, department, quarter.toString(), round));
    }

    @CommandHandler
    public void handle(AcceptQuarterlyReportCommand command, ReportInputs inputs, BusinessCalendar calendar) {
        requireSubmitted();
        List<String> missing = inputs.missingCoSignatures(planId, department, quarter);
        if (!missing.isEmpty()) {
            throw Refusal.unprocessable("co-signatures-missing", String.join("；", missing));
        }
        apply(new QuarterlyReportAcceptedEvent(reportId, department, quarter.toString(), round, calendar.today()));
    }

    @CommandHandler
    public void handle(RequestReportCorrectionCommand command, ReportInputs inputs) {
        if (status != Status.ACCEPTED) {
            throw Refusal.unprocessable("correction-needs-acceptance", quarter);
        }
        Reasoned.require(command);
        if (pendingCorrection != null) {
            throw Refusal.conflict("correction-pending", pendingCorrection.correctionId());
        }
        if (Objects.equals(narrative, command.narrative()) && evidence.equals(command.evidence())) {
            throw Refusal.unprocessable("no-change");
        }
        requireUsable(inputs, department, command.evidence());
        apply(new ReportCorrectionRequestedEvent(reportId, command.correctionId(), command.narrative(),
                command.evidence()));
    }

    @CommandHandler
    public void handle(ApproveReportCorrectionCommand command) {
        var correction = requirePendingCorrection(command.correctionId());
        Reasoned.require(command);
        apply(new ReportCorrectionApprovedEvent(reportId, correction.correctionId(), narrative,
                correction.narrative(), evidence, correction.evidence()));
    }

    @CommandHandler
    public void handle(RefuseReportCorrectionCommand command) {
        requirePendingCorrection(command.correctionId());
        Reasoned.require(command);
        apply(new ReportCorrectionRefusedEvent(reportId, command.correctionId()));
    }

    private static void requireUsable(ReportInputs inputs, String department, List<String> evidence) {
        inputs.unusableEvidence(department, evidence).ifPresent(unusable -> {
            throw Refusal.invalidField("evidence", "unusable-evidence", unusable);
        });
    }

    private void requireEditable() {
        switch (status) {
            case SUBMITTED -> throw Refusal.unprocessable("report-under-review", quarter);
            case ACCEPTED -> throw Refusal.unprocessable("report-already-accepted", quarter);
            default -> {
                // a draft or a returned report is the department's to change
            }
        }
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw Refusal.unprocessable("report-not-submitted", quarter);
        }
    }

    private ReportCorrectionRequestedEvent requirePendingCorrection(String correctionId) {
        if (pendingCorrection == null || !pendingCorrection.correctionId().equals(correctionId)) {
            throw Refusal.notFound("no-such-correction", correctionId);
        }
        return pendingCorrection;
    }

    @EventSourcingHandler
    void on(QuarterlyReportDraftedEvent event) {
        reportId = event.reportId();
        planId = event.planId();
        department = event.department();
        quarter = Quarter.parse(event.quarter());
        dueOn = event.dueOn();
        status = Status.DRAFT;
        evidence = List.of();
    }

    @EventSourcingHandler
    void on(QuarterlyReportRevisedEvent event) {
        narrative = event.narrative();
        evidence = event.evidence();
        revisedSinceReturn = true;
    }

    @EventSourcingHandler
    void on(QuarterlyReportSubmittedEvent event) {
        status = Status.SUBMITTED;
        round = event.round();
    }

    @EventSourcingHandler
    void on(QuarterlyReportReturnedEvent event) {
        status = Status.RETURNED;
        revisedSinceReturn = false;
    }

    @EventSourcingHandler
    void on(QuarterlyReportAcceptedEvent event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(ReportCorrectionRequestedEvent event) {
        pendingCorrection = event;
    }

    @EventSourcingHandler
    void on(ReportCorrectionApprovedEvent event) {
        pendingCorrection = null;
        narrative = event.narrative();
        evidence = event.evidence();
    }

    @EventSourcingHandler
    void on(ReportCorrectionRefusedEvent event) {
        pendingCorrection = null;
    }
}
