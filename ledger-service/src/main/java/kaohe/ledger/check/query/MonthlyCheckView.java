package kaohe.ledger.check.query;

import kaohe.ledger.event.ProgressStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A monthly check: SUBMITTED (with {@code daysLate}) or OPEN (with {@code daysOverdue} once past due), its
 * progress per task against the task's target, its gaps and summary. Lists leave progress and gaps out.
 */
public record MonthlyCheckView(String checkId, String planId, String department, String month, LocalDate dueOn,
                               String status, LocalDate submittedOn, Integer daysLate, Integer daysOverdue,
                               String summary, List<Progress> progress, List<GapView> gaps, long version) {

    public record Progress(String taskId, String title, BigDecimal targetValue, BigDecimal actualValue,
                           String unit, ProgressStatus status, String note, Instant recordedAt) {
    }
}
