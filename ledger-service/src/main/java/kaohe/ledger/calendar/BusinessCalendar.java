package kaohe.ledger.calendar;

import kaohe.platform.command.Refusal;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Business dates and deadlines in Asia/Shanghai (DESIGN.md rule 8): a monthly check is due at month end and a
 * quarterly report at quarter end, each plus a configurable grace (days; 0 by default, as the notice says).
 */
public class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock;
    private final Deadlines deadlines;

    public BusinessCalendar(Clock clock, Deadlines deadlines) {
        this.clock = clock;
        this.deadlines = deadlines;
    }

    @ConfigurationProperties("kaohe.ledger.deadlines")
    public record Deadlines(int monthlyCheckGraceDays, int quarterlyReportGraceDays) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
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
