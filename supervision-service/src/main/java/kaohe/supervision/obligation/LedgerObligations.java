package kaohe.supervision.obligation;

import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.ProgressStatus;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.supervision.event.Audience;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * What the ledger's events make owed and done: each month's check (an opened check brings its own id and due
 * date; done when submitted), each quarter's report (done when submitted, open again when returned) and the
 * office's review of it, each gap's fix (done when closed), each task's deadline and milestones
 * ({@link TaskObligations}), and the office's decisions on extension and correction requests.
 */
@Component
public class LedgerObligations {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String MARKS = "supervision-obligations-ledger";

    private final ObligationStore store;
    private final LedgerRecords records;
    private final ObligationDeadlines deadlines;
    private final TaskObligations tasks;
    private final EventHandlers events;

    public LedgerObligations(ObligationStore store, LedgerRecords records, ObligationDeadlines deadlines,
                             TaskObligations tasks, IdempotentConsumer consumer) {
        this.store = store;
        this.records = records;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.events = consumer.handlers(MARKS, "ledger")
                .on(MonthlyCheckOpenedEvent.class, this::checkOpened)
                .on(MonthlyCheckSubmittedEvent.class, event -> records.find(event.checkId()).ifPresent(check ->
                        store.done(ObligationKeys.monthlyCheck(check.planId(), event.department(), event.month()),
                                event.submittedOn())))
                .on(GapFoundEvent.class, this::gapFound)
                .on(GapClosedEvent.class, event -> store.done(ObligationKeys.gap(event.gapId()), event.closedOn()))
                .on(QuarterlyReportDraftedEvent.class, this::reportDrafted)
                .on(QuarterlyReportSubmittedEvent.class, this::reportSubmitted)
                .onWithEnvelope(QuarterlyReportReturnedEvent.class, (event, envelope) ->
                        reportReturned(event, envelope.businessDay()))
                .on(QuarterlyReportAcceptedEvent.class, event -> store.done(
                        ObligationKeys.reportReview(event.reportId(), event.round()), event.acceptedOn()))
                .onWithEnvelope(ReportCorrectionRequestedEvent.class, (event, envelope) ->
                        correctionRequested(event, envelope.businessDay()))
                .onWithEnvelope(ReportCorrectionApprovedEvent.class, (event, envelope) -> store.done(
                        ObligationKeys.correction(event.correctionId()), envelope.businessDay()))
                .onWithEnvelope(ReportCorrectionRefusedEvent.class, (event, envelope) -> store.done(
                        ObligationKeys.correction(event.correctionId()), envelope.businessDay()))
                .on(LedgerTaskDraftedEvent.class, event -> tasks.drafted(event))
                .on(LedgerTaskSubmittedEvent.class, event -> tasks.defined(event.taskId(), event.defines()))
                .on(LedgerTaskApprovedEvent.class, event -> tasks.defined(event.taskId(), event.defines()))
                .on(LedgerTaskDefinesRevisedEvent.class, event -> tasks.defined(event.taskId(), event.after()))
                .onWithEnvelope(TaskProgressRecordedEvent.class, (event, envelope) -> tasks.progress(
                        event.taskId(), event.month(), envelope.businessDay(),
                        event.status() == ProgressStatus.DONE))
                .onWithEnvelope(ExtensionRequestedEvent.class, (event, envelope) ->
                        extensionRequested(event, envelope.businessDay()))
                .onWithEnvelope(ExtensionApprovedEvent.class, (event, envelope) -> {
                    store.done(ObligationKeys.extension(event.requestId()), envelope.businessDay());
                    store.move(ObligationKeys.taskDeadline(event.taskId()), event.after());
                })
                .onWithEnvelope(ExtensionRefusedEvent.class, (event, envelope) -> store.done(
                        ObligationKeys.extension(event.requestId()), envelope.businessDay()))
                // a returned task is drafted again and submitted with its defines; a summary, a revision before
                // submission and a cooperating department's contribution owe nobody anything new
                .ignoring(LedgerTaskReturnedEvent.class, MonthlySummaryWrittenEvent.class,
                        QuarterlyReportRevisedEvent.class, ContributionConfirmedEvent.class);
    }

    public EventHandlers events() {
        return events;
    }

    private void checkOpened(MonthlyCheckOpenedEvent event) {
        records.add(event.checkId(), "CHECK", event.planId(), event.department(), event.month());
        store.schedule(Obligation.open(ObligationKeys.monthlyCheck(event.planId(), event.department(), event.month()),
                ObligationKind.MONTHLY_CHECK, event.planId(), event.department(), event.checkId(), event.checkId(),
                Labels.month(event.month()), event.dueOn(), Audience.LIAISON));
    }

    private void gapFound(GapFoundEvent event) {
        records.find(event.checkId()).ifPresent(check -> store.schedule(Obligation.open(
                ObligationKeys.gap(event.gapId()), ObligationKind.GAP, check.planId(), event.department(),
                event.gapId(), event.checkId(), "问题整改：" + event.description(), event.fixBy(), Audience.LIAISON)));
    }

    private void reportDrafted(QuarterlyReportDraftedEvent event) {
        records.add(event.reportId(), "REPORT", event.planId(), event.department(), event.quarter());
        store.schedule(Obligation.open(
                ObligationKeys.quarterlyReport(event.planId(), event.department(), event.quarter()),
                ObligationKind.QUARTERLY_REPORT, event.planId(), event.department(), event.reportId(),
                event.reportId(), Labels.quarter(event.quarter()), event.dueOn(), Audience.LIAISON));
    }

    private void reportSubmitted(QuarterlyReportSubmittedEvent event) {
        store.done(ObligationKeys.quarterlyReport(event.planId(), event.department(), event.quarter()),
                event.submittedOn());
        store.schedule(Obligation.open(ObligationKeys.reportReview(event.reportId(), event.round()),
                ObligationKind.REPORT_REVIEW, event.planId(), event.department(), event.reportId(),
                event.reportId(), "审核 " + Labels.quarter(event.quarter()) + "（第" + event.round() + "轮）",
                deadlines.officeDecisionDue(event.submittedOn()), Audience.OFFICE));
    }

    private void reportReturned(QuarterlyReportReturnedEvent event, LocalDate day) {
        store.done(ObligationKeys.reportReview(event.reportId(), event.round()), day);
        records.find(event.reportId()).ifPresent(report -> {
            String key = ObligationKeys.quarterlyReport(report.planId(), event.department(), event.quarter());
            store.find(key).ifPresent(owed ->
                    store.reopen(key, deadlines.resubmissionDue(owed.scheduledOn(), day)));
        });
    }

    private void correctionRequested(ReportCorrectionRequestedEvent event, LocalDate day) {
        records.find(event.reportId()).ifPresent(report -> store.schedule(Obligation.open(
                ObligationKeys.correction(event.correctionId()), ObligationKind.CORRECTION_DECISION,
                report.planId(), report.department(), event.correctionId(), event.reportId(),
                "审批 " + Labels.quarter(report.label()) + " 更正申请", deadlines.officeDecisionDue(day),
                Audience.OFFICE)));
    }

    private void extensionRequested(ExtensionRequestedEvent event, LocalDate day) {
        records.find(event.taskId()).ifPresent(task -> store.schedule(Obligation.open(
                ObligationKeys.extension(event.requestId()), ObligationKind.EXTENSION_DECISION, task.planId(),
                task.department(), event.requestId(), event.taskId(),
                "审批「" + task.label() + "」延期申请（至 " + Labels.day(event.requestedDeadline()) + "）",
                deadlines.officeDecisionDue(day), Audience.OFFICE)));
    }
}
