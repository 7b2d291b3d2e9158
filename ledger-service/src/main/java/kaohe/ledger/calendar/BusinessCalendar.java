package kaohe.ledger.calendar;

import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.Refusal;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Business dates and deadlines in Asia/Shanghai (DESIGN.md rule 8): a monthly check is due at month end and a
 * quarterly report at quarter end, each plus a configurable grace (days; 0 by default, as the notice says). "Today"
 * is the platform's business day, so a set {@code kaohe.business-date} moves due, overdue and lateness together;
 * the acts record that day in their events ({@code submittedOn}, {@code closedOn} …), never read back from instants.
 */
public class BusinessCalendar {

    private final BusinessDay businessDay;
    private final Deadlines deadlines;

    public BusinessCalendar(BusinessDay businessDay, Deadlines deadlines) {
        this.businessDay = businessDay;
        this.deadlines = deadlines;
    }

    @ConfigurationProperties("kaohe.ledger.deadlines")
    public record Deadlines(int monthlyCheckGraceDays, int quarterlyReportGraceDays) {
    }

    public LocalDate today() {
        return businessDay.today();
    }

    public LocalDate monthlyCheckDue(YearMonth month) {
        return month.atEndOfMonth().plusDays(deadlines.monthlyCheckGraceDays());
    }

    public LocalDate quarterlyReportDue(Quarter quarter) {
        return quarter.lastDay().plusDays(deadlines.quarterlyReportGraceDays());
    }

    /** Whole days {@code day} is after {@code dueOn}; 0 when on or before it. */
    public static int daysLate(LocalDate day, LocalDate dueOn) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, day));
    }

    public static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException malformed) {
            throw Refusal.invalidField("month", "invalid-month", text);
        }
    }
}
