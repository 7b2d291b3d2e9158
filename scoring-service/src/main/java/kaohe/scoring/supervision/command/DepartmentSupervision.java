package kaohe.scoring.supervision.command;

import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;
import kaohe.scoring.event.BonusPointsAwardedEvent;
import kaohe.scoring.event.BreachAppealRejectedEvent;
import kaohe.scoring.event.BreachAppealedEvent;
import kaohe.scoring.event.BreachRevokedEvent;
import kaohe.scoring.event.NegativeListBreachRecordedEvent;
import kaohe.scoring.event.SupervisionScoreAssignedEvent;
import kaohe.scoring.rules.command.ScoringCatalog;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateCreationPolicy.CREATE_IF_MISSING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The office's supervision (督办) of one department in one plan: quarterly supervision scores, negative-list
 * breaches with their appeal (申诉) and revocation, and bonus points. Created by the office's first act.
 */
@Aggregate
public class DepartmentSupervision {

    static final BigDecimal MAX_BONUS = new BigDecimal("20");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q[1-4]");

    private enum BreachState { RECORDED, APPEALED, APPEAL_REJECTED, REVOKED }

    @AggregateIdentifier
    private String supervisionId;
    private String planId;
    private String department;
    private final Map<String, SupervisionScoreAssignedEvent> scores = new HashMap<>();
    private final Map<String, BreachState> breaches = new HashMap<>();
    private final Set<String> awards = new HashSet<>();

    protected DepartmentSupervision() {
    }

    @CommandHandler
    @CreationPolicy(CREATE_IF_MISSING)
    public void handle(AssignSupervisionScoreCommand command, ScoringCatalog catalog) {
        requireOwnRecord(command.supervisionId(), command.planId(), command.department());
        requireKnown(command.planId(), command.department(), catalog);
        requireQuarter(command.quarter(), command.planId(), catalog);
        if (command.score() == null || command.score().signum() < 0 || command.score().compareTo(HUNDRED) > 0) {
            throw Refusal.invalidField("score", "score-out-of-range", command.score());
        }
        var before = scores.get(command.quarter());
        if (before != null && before.score().compareTo(command.score()) == 0
                && Objects.equals(before.comment(), command.comment())) {
            throw Refusal.conflict("no-change");
        }
        apply(new SupervisionScoreAssignedEvent(command.planId(), command.department(), command.quarter(),
                command.score(), before == null ? null : before.score(), command.comment()));
    }

    @CommandHandler
    @CreationPolicy(CREATE_IF_MISSING)
    public void handle(RecordBreachCommand command, ScoringCatalog catalog) {
        requireOwnRecord(command.supervisionId(), command.planId(), command.department());
        requireKnown(command.planId(), command.department(), catalog);
        if (!catalog.isNegativeListItem(command.planId(), command.indicatorId())) {
            throw Refusal.invalidField("indicatorId", "unknown-negative-list-item", command.indicatorId());
        }
        int year = catalog.planYear(command.planId()).orElseThrow();
        if (command.occurredOn() == null || command.occurredOn().getYear() != year) {
            throw Refusal.invalidField("occurredOn", "date-outside-plan-year", command.occurredOn(), year);
        }
        if (command.description() == null || command.description().isBlank()) {
            throw Refusal.invalidField("description", "breach-description-required");
        }
        if (command.confirmedBy() == null || command.confirmedBy().isBlank()) {
            throw Refusal.invalidField("confirmedBy", "breach-confirmation-required");
        }
        if (breaches.containsKey(command.breachId())) {
            throw Refusal.conflict("breach-exists", command.breachId());
        }
        apply(new NegativeListBreachRecordedEvent(command.breachId(), command.planId(), command.department(),
                command.indicatorId(), command.occurredOn(), command.description().strip(),
                command.evidence() == null ? List.of() : List.copyOf(command.evidence()), command.confirmedBy().strip()));
    }

    @CommandHandler
    public void handle(AppealBreachCommand command) {
        Reasoned.require(command);
        requireBreachIn(command.breachId(), BreachState.RECORDED);
        apply(new BreachAppealedEvent(command.breachId(), planId, department));
    }

    @CommandHandler
    public void handle(RejectBreachAppealCommand command) {
        Reasoned.require(command);
        requireBreachIn(command.breachId(), BreachState.APPEALED);
        apply(new BreachAppealRejectedEvent(command.breachId(), planId, department));
    }

    @CommandHandler
    public void handle(RevokeBreachCommand command) {
        Reasoned.require(command);
        requireBreachIn(command.breachId(), BreachState.RECORDED, BreachState.APPEALED, BreachState.APPEAL_REJECTED);
        apply(new BreachRevokedEvent(command.breachId(), planId, department));
    }

    @CommandHandler
    @CreationPolicy(CREATE_IF_MISSING)
    public void handle(AwardBonusPointsCommand command, ScoringCatalog catalog) {
        Reasoned.require(command);
        requireOwnRecord(command.supervisionId(), command.planId(), command.department());
        requireKnown(command.planId(), command.department(), catalog);
        requireQuarter(command.quarter(), command.planId(), catalog);
        if (command.points() == null || command.points().signum() <= 0 || command.points().compareTo(MAX_BONUS) > 0) {
            throw Refusal.invalidField("points", "bonus-out-of-range", command.points(), MAX_BONUS);
        }
        if (awards.contains(command.awardId())) {
            throw Refusal.conflict("award-exists", command.awardId());
        }
        apply(new BonusPointsAwardedEvent(command.awardId(), command.planId(), command.department(),
                command.quarter(), command.points()));
    }

    /** The record a command is sent to must be the one of the plan and department it names. */
    private static void requireOwnRecord(String supervisionId, String planId, String department) {
        if (!SupervisionIds.of(planId, department).equals(supervisionId)) {
            throw Refusal.invalid("supervision-mismatch", planId, department);
        }
    }

    private static void requireKnown(String planId, String department, ScoringCatalog catalog) {
        if (catalog.planYear(planId).isEmpty()) {
            throw Refusal.notFound("unknown-plan", planId);
        }
        if (!catalog.knowsDepartment(planId, department)) {
            throw Refusal.invalidField("department", "unknown-department", department);
        }
    }

    private static void requireQuarter(String quarter, String planId, ScoringCatalog catalog) {
        var matcher = quarter == null ? null : QUARTER.matcher(quarter);
        if (matcher == null || !matcher.matches()) {
            throw Refusal.invalidField("quarter", "invalid-quarter", quarter);
        }
        if (Integer.parseInt(matcher.group(1)) != catalog.planYear(planId).orElseThrow()) {
            throw Refusal.invalidField("quarter", "quarter-outside-plan-year", quarter);
        }
    }

    private void requireBreachIn(String breachId, BreachState... allowed) {
        BreachState state = breaches.get(breachId);
        if (state == null) {
            throw Refusal.notFound("unknown-breach", breachId);
        }
        if (!List.of(allowed).contains(state)) {
            throw Refusal.conflict("breach-state", breachId, state);
        }
    }

    @EventSourcingHandler
    void on(SupervisionScoreAssignedEvent event) {
        identify(event.planId(), event.department());
        scores.put(event.quarter(), event);
    }

    @EventSourcingHandler
    void on(NegativeListBreachRecordedEvent event) {
        identify(event.planId(), event.department());
        breaches.put(event.breachId(), BreachState.RECORDED);
    }

    @EventSourcingHandler
    void on(BreachAppealedEvent event) {
        breaches.put(event.breachId(), BreachState.APPEALED);
    }

    @EventSourcingHandler
    void on(BreachAppealRejectedEvent event) {
        breaches.put(event.breachId(), BreachState.APPEAL_REJECTED);
    }

    @EventSourcingHandler
    void on(BreachRevokedEvent event) {
        breaches.put(event.breachId(), BreachState.REVOKED);
    }

    @EventSourcingHandler
    void on(BonusPointsAwardedEvent event) {
        identify(event.planId(), event.department());
        awards.add(event.awardId());
    }

    private void identify(String planId, String department) {
        this.supervisionId = SupervisionIds.of(planId, department);
        this.planId = planId;
        this.department = department;
    }
}
