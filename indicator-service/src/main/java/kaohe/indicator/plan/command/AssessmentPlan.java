package kaohe.indicator.plan.command;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The year's assessment plan (年度目标责任考核): who takes part, who leads (and the account each leader signs
 * in with), and each department's liaison.
 */
@Aggregate(cache = "aggregateCache")
public class AssessmentPlan {

    @AggregateIdentifier
    private String planId;
    private LocalDate liaisonDueOn;
    private final Set<String> departments = new HashSet<>();
    private final Set<String> leaders = new HashSet<>();
    /** Leader name → user id; one account is one leader of the plan. */
    private final Map<String, String> leaderAccounts = new HashMap<>();

    protected AssessmentPlan() {
    }

    @CommandHandler
    public AssessmentPlan(DefinePlanCommand command) {
        if (command.issuedOn() != null && command.issuedOn().getYear() != command.year()
                && command.issuedOn().getYear() != command.year() + 1) {
            throw Refusal.invalidField("issuedOn", "plan-issued-outside-year", command.issuedOn(), command.year());
        }
        if (command.issuedOn() != null && command.liaisonDueOn() != null
                && command.liaisonDueOn().isBefore(command.issuedOn())) {
            throw Refusal.invalidField("liaisonDueOn", "liaison-due-before-issue");
        }
        apply(new AssessmentPlanDefinedEvent(command.planId(), command.year(), command.title(),
                command.issuingBody(), command.documentNumber(), command.issuedOn(), command.liaisonDueOn()));
    }

    @CommandHandler
    public void handle(RegisterDepartmentCommand command) {
        if (departments.contains(command.department())) {
            throw Refusal.conflict("department-already-registered", command.department());
        }
        apply(new DepartmentRegisteredEvent(planId, command.department()));
    }

    @CommandHandler
    public void handle(RegisterLeaderCommand command) {
        if (leaders.contains(command.leader())) {
            throw Refusal.conflict("leader-already-registered", command.leader());
        }
        if (command.userId() != null) {
            requireAccountFree(command.leader(), command.userId());
        }
        apply(new LeaderRegisteredEvent(planId, command.leader()));
        if (command.userId() != null) {
            apply(new LeaderAccountLinkedEvent(planId, command.leader(), null, command.userId()));
        }
    }

    @CommandHandler
    public void handle(LinkLeaderAccountCommand command) {
        if (!leaders.contains(command.leader())) {
            throw Refusal.notFound("leader-not-found", command.leader());
        }
        String before = leaderAccounts.get(command.leader());
        if (command.userId().equals(before)) {
            return;
        }
        requireAccountFree(command.leader(), command.userId());
        apply(new LeaderAccountLinkedEvent(planId, command.leader(), before, command.userId()));
    }

    private void requireAccountFree(String leader, String userId) {
        leaderAccounts.forEach((other, account) -> {
            if (account.equals(userId) && !other.equals(leader)) {
                throw Refusal.conflict("account-already-linked", userId, other);
            }
        });
    }

    @CommandHandler
    public void handle(DesignateLiaisonCommand command) {
        if (!departments.contains(command.department())) {
            throw Refusal.invalidField("department", "unknown-department", command.department());
        }
        int daysLate = liaisonDueOn == null || !command.designatedOn().isAfter(liaisonDueOn)
                ? 0 : (int) ChronoUnit.DAYS.between(liaisonDueOn, command.designatedOn());
        apply(new LiaisonDesignatedEvent(planId, command.department(), command.liaisonName(), command.phone(),
                command.designatedOn(), liaisonDueOn, daysLate));
    }

    @EventSourcingHandler
    void on(AssessmentPlanDefinedEvent event) {
        planId = event.planId();
        liaisonDueOn = event.liaisonDueOn();
    }

    @EventSourcingHandler
    void on(DepartmentRegisteredEvent event) {
        departments.add(event.department());
    }

    @EventSourcingHandler
    void on(LeaderRegisteredEvent event) {
        leaders.add(event.leader());
    }

    @EventSourcingHandler
    void on(LeaderAccountLinkedEvent event) {
        leaderAccounts.put(event.leader(), event.userId());
    }
}
