package kaohe.indicator.event;

import java.time.LocalDate;

/**
 * A department named the cadre responsible for its assessment work (联络员). {@code daysLate} is 0 when the
 * designation was made by the plan's due date, else how many days after it.
 */
public record LiaisonDesignatedEvent(String planId, String department, String liaisonName, String phone,
                                     LocalDate designatedOn, LocalDate dueOn, int daysLate) {
}
