package kaohe.ledger.event;

import java.time.LocalDate;

/** The monthly check was handed in on {@code submittedOn}: {@code daysLate} after {@code dueOn}, 0 if on time. */
public record MonthlyCheckSubmittedEvent(String checkId, String department, String month, LocalDate submittedOn,
                                         LocalDate dueOn, int daysLate) {
}
