package kaohe.ledger.task.command;

import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.catalog.CatalogIndicator;
import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.ledger.event.CarriedAs;
import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.Define;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One task of a department's work ledger (工作台账) under an indicator it carries, defined by the six defines
 * (六定). It stays a draft until all six are set; once submitted, every revision needs a reason and the deadline
 * moves only by an approved extension (延期申请). The office reviews the submitted defines: it approves them (only
 * then does the task count in scoring) or returns them, and the department revises and submits again; a revision
 * of approved defines goes back to review. Cooperating departments co-sign (会签) a lead task per quarter.
 */
@Aggregate(cache = "aggregateCache")
public class LedgerTask {

    @AggregateIdentifier
    private String taskId;
    private String planId;
    private String indicatorId;
    private String department;
    private CarriedAs carriedAs;
    private SixDefines defines;
    private boolean submitted;
    /** Where the submitted defines stand with the office; null while a draft. */
    private Review review;
    private boolean revisedSinceReturn;
    private String pendingExtension;
    private LocalDate requestedDeadline;
    private final Set<String> coSignatures = new HashSet<>();

    private enum Review { PENDING, APPROVED, RETURNED }

    protected LedgerTask() {
    }

    @CommandHandler
    public LedgerTask(DraftLedgerTaskCommand command, IndicatorCatalog catalog) {
        CatalogIndicator indicator = catalog.indicator(command.indicatorId())
                .filter(found -> found.planId().equals(command.planId()))
                .orElseThrow(() -> Refusal.invalidField("indicatorId", "unknown-indicator", command.indicatorId()));
        if (indicator.withdrawn()) {
            throw Refusal.unprocessable("indicator-withdrawn", indicator.code());
        }
        int year = planYear(catalog, command.planId());
        if (!catalog.departments(command.planId()).contains(command.department())) {
            throw Refusal.invalidField("department", "unknown-department", command.department());
        }
        CarriedAs carried = indicator.carriedBy(command.department()).orElseThrow(() ->
                Refusal.unprocessable("indicator-not-carried", command.department(), indicator.code()));
        if (command.title() == null || command.title().isBlank()) {
            throw Refusal.invalidField("title", "title-required");
        }
        SixDefinesRules.requireWellFormed(command.defines(), indicator);
        SixDefinesRules.requireDeadlineInYear(command.defines(), null, year);
        apply(new LedgerTaskDraftedEvent(command.taskId(), command.planId(), command.indicatorId(),
                command.department(), carried, command.title(), command.defines()));
    }

    @CommandHandler
    public void handle(ReviseTaskDefinesCommand command, IndicatorCatalog catalog) {
        List<Define> changed = SixDefinesRules.changed(defines, command.defines());
        if (changed.isEmpty()) {
            throw Refusal.unprocessable("no-change");
        }
        if (submitted) {
            Reasoned.require(command);
            if (!Objects.equals(defines.deadline(), command.defines().deadline())) {
                throw Refusal.unprocessable("deadline-needs-extension");
            }
            requireComplete(command.defines());
        }
        CatalogIndicator indicator = activeIndicator(catalog);
        SixDefinesRules.requireWellFormed(command.defines(), indicator);
        SixDefinesRules.requireDeadlineInYear(command.defines(), defines, planYear(catalog, planId));
        apply(new LedgerTaskDefinesRevisedEvent(taskId, changed, defines, command.defines()));
    }

    @CommandHandler
    public void handle(SubmitLedgerTaskCommand command, IndicatorCatalog catalog) {
        if (submitted && review != Review.RETURNED) {
            throw Refusal.unprocessable("task-already-submitted", taskId);
        }
        if (review == Review.RETURNED && !revisedSinceReturn) {
            throw Refusal.unprocessable("task-not-revised", taskId);
        }
        activeIndicator(catalog);
        requireComplete(defines);
        apply(new LedgerTaskSubmittedEvent(taskId, department, defines));
    }

    @CommandHandler
    public void handle(ApproveLedgerTaskCommand command, IndicatorCatalog catalog) {
        requireUnderReview();
        CatalogIndicator indicator = activeIndicator(catalog);
        // defines drafted before a rule existed (a quantity of 0) or outdated by a revised target are not approved
        SixDefinesRules.requireWellFormed(defines, indicator);
        boolean below = SixDefinesRules.belowTarget(defines, indicator);
        if (below && !command.acceptBelowTarget()) {
            throw Refusal.unprocessable("below-target", defines.quantity().value().toPlainString(),
                    indicator.targets().get(defines.quantity().targetKey()).value().toPlainString());
        }
        apply(new LedgerTaskApprovedEvent(taskId, department, defines, below));
    }

    @CommandHandler
    public void handle(ReturnLedgerTaskCommand command) {
        requireUnderReview();
        Reasoned.require(command);
        apply(new LedgerTaskReturnedEvent(taskId, department));
    }

    @CommandHandler
    public void handle(RequestExtensionCommand command) {
        requireSubmitted();
        Reasoned.require(command);
        if (pendingExtension != null) {
            throw Refusal.conflict("extension-pending", pendingExtension);
        }
        LocalDate requested = command.requestedDeadline();
        if (requested == null || !requested.isAfter(defines.deadline())) {
            throw Refusal.invalidField("requestedDeadline", "extension-not-later", requested, defines.deadline());
        }
        apply(new ExtensionRequestedEvent(taskId, command.requestId(), defines.deadline(), requested));
    }

    @CommandHandler
    public void handle(ApproveExtensionCommand command) {
        requirePending(command.requestId());
        Reasoned.require(command);
        apply(new ExtensionApprovedEvent(taskId, command.requestId(), defines.deadline(), requestedDeadline));
    }

    @CommandHandler
    public void handle(RefuseExtensionCommand command) {
        requirePending(command.requestId());
        Reasoned.require(command);
        apply(new ExtensionRefusedEvent(taskId, command.requestId()));
    }

    @CommandHandler
    public void handle(ConfirmContributionCommand command, IndicatorCatalog catalog) {
        requireSubmitted();
        if (carriedAs != CarriedAs.LEAD) {
            throw Refusal.unprocessable("co-sign-lead-tasks-only", taskId);
        }
        Quarter quarter = Quarter.parse(command.quarter());
        if (quarter.year() != planYear(catalog, planId)) {
            throw Refusal.invalidField("quarter", "quarter-outside-year", quarter);
        }
        boolean cooperates = catalog.departments(planId).contains(command.department())
                && catalog.indicator(indicatorId).flatMap(indicator -> indicator.carriedBy(command.department()))
                .filter(carried -> carried == CarriedAs.COOPERATING).isPresent();
        if (!cooperates) {
            throw Refusal.unprocessable("not-a-cooperating-department", command.department());
        }
        if (command.contribution() == null || command.contribution().isBlank()) {
            throw Refusal.invalidField("contribution", "contribution-required");
        }
        if (coSignatures.contains(coSignature(quarter.toString(), command.department()))) {
            throw Refusal.conflict("contribution-already-confirmed", command.department(), quarter);
        }
        apply(new ContributionConfirmedEvent(taskId, quarter.toString(), command.department(),
                command.contribution().strip()));
    }

    /** The task's indicator, unless the office has withdrawn it since: then the task takes no more changes. */
    private CatalogIndicator activeIndicator(IndicatorCatalog catalog) {
        CatalogIndicator indicator = catalog.indicator(indicatorId)
                .orElseThrow(() -> Refusal.unprocessable("unknown-indicator", indicatorId));
        if (indicator.withdrawn()) {
            throw Refusal.unprocessable("indicator-withdrawn", indicator.code());
        }
        return indicator;
    }

    private void requireSubmitted() {
        if (!submitted) {
            throw Refusal.unprocessable("task-not-submitted", taskId);
        }
    }

    /** Submitted defines the office has not decided on yet. */
    private void requireUnderReview() {
        requireSubmitted();
        if (review == Review.APPROVED) {
            throw Refusal.conflict("task-already-approved", taskId);
        }
        if (review == Review.RETURNED) {
            throw Refusal.unprocessable("task-returned", taskId);
        }
    }

    private void requirePending(String requestId) {
        if (pendingExtension == null || !pendingExtension.equals(requestId)) {
            throw Refusal.notFound("no-such-extension", requestId);
        }
    }

    private static void requireComplete(SixDefines defines) {
        List<Define> missing = SixDefinesRules.missing(defines);
        if (!missing.isEmpty()) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "defines-incomplete",
                    Map.of("defines", missing.toString()), missing.toString());
        }
    }

    private static int planYear(IndicatorCatalog catalog, String planId) {
        return catalog.planYear(planId).orElseThrow(() -> Refusal.unprocessable("unknown-plan", planId));
    }

    private static String coSignature(String quarter, String department) {
        return quarter + "|" + department;
    }

    @EventSourcingHandler
    void on(LedgerTaskDraftedEvent event) {
        taskId = event.taskId();
        planId = event.planId();
        indicatorId = event.indicatorId();
        department = event.department();
        carriedAs = event.carriedAs();
        defines = event.defines();
    }

    @EventSourcingHandler
    void on(LedgerTaskDefinesRevisedEvent event) {
        defines = event.after();
        revisedSinceReturn = true;
        if (review == Review.APPROVED) {
            review = Review.PENDING;
        }
    }

    @EventSourcingHandler
    void on(LedgerTaskSubmittedEvent event) {
        submitted = true;
        review = Review.PENDING;
    }

    @EventSourcingHandler
    void on(LedgerTaskApprovedEvent event) {
        review = Review.APPROVED;
    }

    @EventSourcingHandler
    void on(LedgerTaskReturnedEvent event) {
        review = Review.RETURNED;
        revisedSinceReturn = false;
    }

    @EventSourcingHandler
    void on(ExtensionRequestedEvent event) {
        pendingExtension = event.requestId();
        requestedDeadline = event.requestedDeadline();
    }

    @EventSourcingHandler
    void on(ExtensionApprovedEvent event) {
        pendingExtension = null;
        defines = new SixDefines(defines.nature(), defines.quantity(), defines.qualitative(), defines.standard(),
                event.after(), defines.milestones(), defines.responsibleUnit(), defines.responsiblePerson(),
                defines.measures());
    }

    @EventSourcingHandler
    void on(ExtensionRefusedEvent event) {
        pendingExtension = null;
    }

    @EventSourcingHandler
    void on(ContributionConfirmedEvent event) {
        coSignatures.add(coSignature(event.quarter(), event.department()));
    }
}
