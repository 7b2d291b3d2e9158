package kaohe.supervision.obligation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How due dates are counted. The grace days are the ledger's ({@code kaohe.ledger.deadlines.*}) and must be set to
 * the same values: a monthly check at month end, a quarterly report at quarter end, each plus its grace. A returned
 * report is due again {@code resubmitDays} after its return (never before its first due date); the office decides
 * what awaits it (a submitted report, an extension or correction request, a replied 督办单) within
 * {@code officeReviewDays}.
 */
@ConfigurationProperties("kaohe.supervision.deadlines")
public record ObligationDeadlines(@DefaultValue("0") int monthlyCheckGraceDays,
                                  @DefaultValue("0") int quarterlyReportGraceDays,
                                  @DefaultValue("5") int resubmitDays,
                                  @DefaultValue("5") int officeReviewDays) {

    public LocalDate monthlyCheckDue(YearMonth month) {
        return month.atEndOfMonth().plusDays(monthlyCheckGraceDays);
    }

    /** {@code quarter} 1 … 4 of {@code year}. */
    public LocalDate quarterlyReportDue(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth().plusDays(quarterlyReportGraceDays);
    }

    public LocalDate officeDecisionDue(LocalDate requestedOn) {
        return requestedOn.plusDays(officeReviewDays);
    }

    /** A returned report: {@code resubmitDays} after the return, never earlier than the first due date. */
    public LocalDate resubmissionDue(LocalDate scheduledOn, LocalDate returnedOn) {
        LocalDate again = returnedOn.plusDays(resubmitDays);
        return again.isAfter(scheduledOn) ? again : scheduledOn;
    }
}
