package kaohe.indicator.indicator.command;

import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.Target;
import kaohe.platform.command.Refusal;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One assessment indicator: its text, quantitative targets (定量), lead and cooperating departments and
 * responsible leaders. Every revision after definition needs a reason; a withdrawn indicator takes no more.
 */
@Aggregate(cache = "aggregateCache")
public class Indicator {

    @AggregateIdentifier
    private String indicatorId;
    private String planId;
    private String text;
    private final Map<String, Target> targets = new LinkedHashMap<>();
    private List<String> leadDepartments = List.of();
    private List<String> cooperatingDepartments = List.of();
    private boolean allDepartmentsCooperate;
    private List<String> leaders = List.of();
    private boolean withdrawn;

    protected Indicator() {
    }

    @CommandHandler
    public Indicator(DefineIndicatorCommand command, PlanDirectory plans) {
        if (!plans.planExists(command.planId())) {
            throw Refusal.invalidField("planId", "unknown-plan", command.planId());
        }
        if (command.kind() == IndicatorKind.NEGATIVE_LIST && isBlank(command.cityLeadUnit())) {
            throw Refusal.invalidField("cityLeadUnit", "city-lead-unit-required");
        }
        IndicatorRules.requireTargetsWellFormed(command.targets());
        IndicatorRules.requireDepartments(plans, command.planId(), command.leadDepartments(),
                command.cooperatingDepartments());
        IndicatorRules.requireLeaders(plans, command.planId(), command.leaders());
        apply(new IndicatorDefinedEvent(command.indicatorId(), command.planId(), command.kind(), command.code(),
                command.category(), command.text(), command.provincial(), List.copyOf(command.targets()),
                List.copyOf(command.leadDepartments()), List.copyOf(command.cooperatingDepartments()),
                command.allDepartmentsCooperate(), List.copyOf(command.leaders()), command.cityLeadUnit()));
    }

    @CommandHandler
    public void handle(ReviseIndicatorTextCommand command) {
        requireActive();
        IndicatorRules.requireReason(command);
        if (command.text().equals(text)) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new IndicatorTextRevisedEvent(indicatorId, text, command.text()));
    }

    @CommandHandler
    public void handle(ReviseIndicatorTargetCommand command) {
        requireActive();
        IndicatorRules.requireReason(command);
        IndicatorRules.requireTargetsWellFormed(List.of(command.target()));
        Target before = targets.get(command.target().key());
        if (before != null && before.value().compareTo(command.target().value()) == 0
                && before.unit().equals(command.target().unit())
                && Objects.equals(before.subject(), command.target().subject())) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new IndicatorTargetRevisedEvent(indicatorId, before, command.target()));
    }

    @CommandHandler
    public void handle(AssignDepartmentsCommand command, PlanDirectory plans) {
        requireActive();
        IndicatorRules.requireReason(command);
        IndicatorRules.requireDepartments(plans, planId, command.leadDepartments(),
                command.cooperatingDepartments());
        if (command.leadDepartments().equals(leadDepartments)
                && command.cooperatingDepartments().equals(cooperatingDepartments)
                && command.allDepartmentsCooperate() == allDepartmentsCooperate) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new IndicatorDepartmentsAssignedEvent(indicatorId, leadDepartments, cooperatingDepartments,
                allDepartmentsCooperate, List.copyOf(command.leadDepartments()),
                List.copyOf(command.cooperatingDepartments()), command.allDepartmentsCooperate()));
    }

    @CommandHandler
    public void handle(AssignLeadersCommand command, PlanDirectory plans) {
        requireActive();
        IndicatorRules.requireReason(command);
        IndicatorRules.requireLeaders(plans, planId, command.leaders());
        if (command.leaders().equals(leaders)) {
            throw Refusal.unprocessable("no-change");
        }
        apply(new IndicatorLeadersAssignedEvent(indicatorId, leaders, List.copyOf(command.leaders())));
    }

    @CommandHandler
    public void handle(WithdrawIndicatorCommand command) {
        requireActive();
        IndicatorRules.requireReason(command);
        apply(new IndicatorWithdrawnEvent(indicatorId));
    }

    private void requireActive() {
        if (withdrawn) {
            throw Refusal.unprocessable("indicator-withdrawn", indicatorId);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @EventSourcingHandler
    void on(IndicatorDefinedEvent event) {
        indicatorId = event.indicatorId();
        planId = event.planId();
        text = event.text();
        event.targets().forEach(target -> targets.put(target.key(), target));
        leadDepartments = event.leadDepartments();
        cooperatingDepartments = event.cooperatingDepartments();
        allDepartmentsCooperate = event.allDepartmentsCooperate();
        leaders = event.leaders();
    }

    @EventSourcingHandler
    void on(IndicatorTextRevisedEvent event) {
        text = event.after();
    }

    @EventSourcingHandler
    void on(IndicatorTargetRevisedEvent event) {
        targets.put(event.after().key(), event.after());
    }

    @EventSourcingHandler
    void on(IndicatorDepartmentsAssignedEvent event) {
        leadDepartments = new ArrayList<>(event.lead());
        cooperatingDepartments = new ArrayList<>(event.cooperating());
        allDepartmentsCooperate = event.allCooperating();
    }

    @EventSourcingHandler
    void on(IndicatorLeadersAssignedEvent event) {
        leaders = event.after();
    }

    @EventSourcingHandler
    void on(IndicatorWithdrawnEvent event) {
        withdrawn = true;
    }
}
