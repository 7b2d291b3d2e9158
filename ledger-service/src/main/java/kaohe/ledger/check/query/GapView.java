package kaohe.ledger.check.query;

import java.time.LocalDate;

/** A gap found at a monthly check: OPEN, OVERDUE (past its fix-by date, by {@code daysOverdue}) or CLOSED. */
public record GapView(String gapId, String checkId, String department, String month, String taskId,
                      String description, String owner, LocalDate fixBy, String state, Integer daysOverdue,
                      LocalDate closedOn, String resolution) {
}
