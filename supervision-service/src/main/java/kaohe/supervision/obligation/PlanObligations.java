package kaohe.supervision.obligation;

import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.platform.consume.EventHandlers;
import kaohe.platform.consume.IdempotentConsumer;
import kaohe.supervision.event.Audience;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * What every department registered in a plan owes for the plan's year, from the indicator context's events: its
 * liaison by the plan's date, a monthly check each month from the month the plan was issued, a quarterly report
 * each quarter from then (the ledger counts the same months and quarters). A plan and its departments may arrive
 * in either order: whichever comes second schedules.
 */
@Component
public class PlanObligations {

    /** Whose marks (processed_event) this projection's applied events carry; fixed once events were applied. */
    private static final String MARKS = "supervision-obligations-indicator";

    private record Plan(int year, LocalDate issuedOn, LocalDate liaisonDueOn) {
    }

    private final JdbcTemplate jdbc;
    private final ObligationStore store;
    private final ObligationDeadlines deadlines;
    private final EventHandlers events;

    public PlanObligations(JdbcTemplate jdbc, ObligationStore store, ObligationDeadlines deadlines,
                           IdempotentConsumer consumer) {
        this.jdbc = jdbc;
        this.store = store;
        this.deadlines = deadlines;
        this.events = consumer.handlers(MARKS, "indicator")
                .on(AssessmentPlanDefinedEvent.class, this::planDefined)
                .on(DepartmentRegisteredEvent.class, this::departmentRegistered)
                .on(LiaisonDesignatedEvent.class, this::liaisonDesignated)
                // who carries and who leads an indicator is the directory's; the calendar counts departments
                .ignoring(IndicatorDefinedEvent.class, IndicatorDepartmentsAssignedEvent.class,
                        IndicatorLeadersAssignedEvent.class, IndicatorTargetRevisedEvent.class,
                        IndicatorTextRevisedEvent.class, IndicatorWithdrawnEvent.class,
                        LeaderAccountLinkedEvent.class, LeaderRegisteredEvent.class);
    }

    public EventHandlers events() {
        return events;
    }

    private void planDefined(AssessmentPlanDefinedEvent event) {
        jdbc.update("""
                INSERT INTO obligation_plan (plan_id, year, issued_on, liaison_due_on) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.planId(), event.year(), date(event.issuedOn()),
                date(event.liaisonDueOn()));
        var plan = new Plan(event.year(), event.issuedOn(), event.liaisonDueOn());
        var owed = new ArrayList<Obligation>();
        jdbc.queryForList("SELECT department FROM obligation_plan_department WHERE plan_id = ?", String.class,
                event.planId()).forEach(department -> owed.addAll(owedBy(event.planId(), plan, department)));
        store.addIfAbsent(owed);
    }

    private void departmentRegistered(DepartmentRegisteredEvent event) {
        jdbc.update("INSERT INTO obligation_plan_department (plan_id, department) VALUES (?, ?) ON CONFLICT DO NOTHING",
                event.planId(), event.department());
        jdbc.query("SELECT year, issued_on, liaison_due_on FROM obligation_plan WHERE plan_id = ?",
                        (rs, row) -> new Plan(rs.getInt(1), localDate(rs.getDate(2)), localDate(rs.getDate(3))),
                        event.planId())
                .forEach(plan -> store.addIfAbsent(owedBy(event.planId(), plan, event.department())));
    }

    private void liaisonDesignated(LiaisonDesignatedEvent event) {
        String key = ObligationKeys.liaison(event.planId(), event.department());
        if (event.dueOn() != null) {
            store.addIfAbsent(List.of(liaison(event.planId(), event.department(), event.dueOn())));
        }
        store.done(key, event.designatedOn());
    }

    private List<Obligation> owedBy(String planId, Plan plan, String department) {
        var owed = new ArrayList<Obligation>();
        if (plan.liaisonDueOn() != null) {
            owed.add(liaison(planId, department, plan.liaisonDueOn()));
        }
        YearMonth first = YearMonth.of(plan.year(), 1);
        if (plan.issuedOn() != null && YearMonth.from(plan.issuedOn()).isAfter(first)) {
            first = YearMonth.from(plan.issuedOn());
        }
        // a plan issued after its year owes no months
        for (YearMonth month = first; month.getYear() == plan.year(); month = month.plusMonths(1)) {
            owed.add(Obligation.open(ObligationKeys.monthlyCheck(planId, department, month.toString()),
                    ObligationKind.MONTHLY_CHECK, planId, department, null, null, Labels.month(month),
                    deadlines.monthlyCheckDue(month), Audience.LIAISON));
            if (month.getMonthValue() % 3 == 0) {
                int quarter = (month.getMonthValue() - 1) / 3 + 1;
                owed.add(Obligation.open(ObligationKeys.quarterlyReport(planId, department,
                                plan.year() + "-Q" + quarter), ObligationKind.QUARTERLY_REPORT, planId, department,
                        null, null, Labels.quarter(plan.year(), quarter),
                        deadlines.quarterlyReportDue(plan.year(), quarter), Audience.LIAISON));
            }
        }
        return owed;
    }

    private static Obligation liaison(String planId, String department, LocalDate dueOn) {
        return Obligation.open(ObligationKeys.liaison(planId, department), ObligationKind.LIAISON_DESIGNATION,
                planId, department, null, null, ObligationKind.LIAISON_DESIGNATION.label(), dueOn,
                Audience.LIAISON);
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
