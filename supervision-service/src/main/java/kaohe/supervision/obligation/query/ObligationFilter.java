package kaohe.supervision.obligation.query;

import kaohe.supervision.directory.PlanDepartment;

import java.time.LocalDate;
import java.util.List;

/**
 * Which obligations a list shows: every one given is a condition ({@code null}: any). {@code scope}, when not
 * null, is every (plan, department) the viewer may see — a leader's followed departments.
 */
public record ObligationFilter(String planId, String department, LocalDate from, LocalDate to, State state,
                               List<PlanDepartment> scope) {

    public enum State {
        OPEN, DONE, OVERDUE
    }
}
