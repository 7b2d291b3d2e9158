package kaohe.indicator.plan.query;

import java.time.LocalDate;

/**
 * One line of the liaison register (联络员名单): status is DESIGNATED (on time), LATE (designated after the due
 * date), OVERDUE (none yet and the due date has passed) or PENDING (none yet, not due).
 */
public record LiaisonRegisterEntry(String department, String liaisonName, String phone, LocalDate designatedOn,
                                   LocalDate dueOn, int daysLate, Status status) {

    public enum Status { DESIGNATED, LATE, OVERDUE, PENDING }
}
