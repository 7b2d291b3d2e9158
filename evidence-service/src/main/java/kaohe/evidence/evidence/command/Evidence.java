package kaohe.evidence.evidence.command;

import kaohe.evidence.catalog.PlanCatalog;
import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One piece of evidence (印证材料): its verified object, the ledger records it is attached to, whether it is
 * archived (归档) or withdrawn. No command ever deletes bytes; archived evidence cannot be withdrawn.
 */
@Aggregate(cache = "aggregateCache")
public class Evidence {

    private static final Set<String> TARGET_TYPES = Set.of("TASK", "CHECK", "REPORT");

    @AggregateIdentifier
    private String evidenceId;
    private String department;
    private boolean photo;
    private Instant capturedAt;
    private boolean archived;
    private boolean withdrawn;
    private final Set<String> links = new HashSet<>();

    protected Evidence() {
    }

    @CommandHandler
    public Evidence(RecordUploadCommand command, PlanCatalog catalog) {
        EvidenceUploadedEvent uploaded = command.uploaded();
        if (uploaded.size() <= 0 || uploaded.sha256() == null || uploaded.sha256().length() != 64) {
            throw Refusal.invalid("unverified-upload", uploaded.evidenceId());
        }
        catalog.requirePlan(uploaded.planId());
        apply(uploaded);
    }

    /** Evidence supports its own department's records only: another's would cite what it never uploaded. */
    @CommandHandler
    public void handle(LinkEvidenceCommand command, PlanCatalog catalog) {
        requireNotWithdrawn();
        if (!TARGET_TYPES.contains(command.targetType())) {
            throw Refusal.invalidField("targetType", "unknown-value", "targetType", command.targetType());
        }
        ReportingPeriod period = ReportingPeriod.parse(command.period());
        var target = catalog.record(command.targetType(), command.targetId()).orElseThrow(() -> new Refusal(
                Refusal.Kind.UNPROCESSABLE, "link-target-not-found", Map.of("targetId", "link-target-not-found"),
                command.targetType(), command.targetId()));
        if (!target.department().equals(department)) {
            throw Refusal.forbidden("not-your-department", target.department());
        }
        String link = command.targetType() + "|" + command.targetId();
        if (links.contains(link)) {
            throw Refusal.conflict("evidence-already-linked", command.targetType(), command.targetId());
        }
        boolean outside = photo && capturedAt != null && !within(capturedAt, period);
        apply(new EvidenceLinkedEvent(evidenceId, command.targetType(), command.targetId(), period.text(),
                period.start(), period.end(), outside));
    }

    @CommandHandler
    public void handle(ArchiveEvidenceCommand command, BusinessDay businessDay) {
        requireNotWithdrawn();
        if (archived) {
            throw Refusal.unprocessable("evidence-already-archived", evidenceId);
        }
        apply(new EvidenceArchivedEvent(evidenceId, department, businessDay.today()));
    }

    @CommandHandler
    public void handle(WithdrawEvidenceCommand command) {
        requireNotWithdrawn();
        if (archived) {
            throw Refusal.unprocessable("evidence-archived", evidenceId);
        }
        Reasoned.require(command);
        apply(new EvidenceWithdrawnEvent(evidenceId, department));
    }

    private void requireNotWithdrawn() {
        if (withdrawn) {
            throw Refusal.unprocessable("evidence-withdrawn", evidenceId);
        }
    }

    private static boolean within(Instant instant, ReportingPeriod period) {
        LocalDate day = BusinessDay.dayOf(instant);
        return !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    @EventSourcingHandler
    void on(EvidenceUploadedEvent event) {
        evidenceId = event.evidenceId();
        department = event.department();
        photo = event.photo();
        capturedAt = event.capturedAt();
    }

    @EventSourcingHandler
    void on(EvidenceLinkedEvent event) {
        links.add(event.targetType() + "|" + event.targetId());
    }

    @EventSourcingHandler
    void on(EvidenceArchivedEvent event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(EvidenceWithdrawnEvent event) {
        withdrawn = true;
    }
}
