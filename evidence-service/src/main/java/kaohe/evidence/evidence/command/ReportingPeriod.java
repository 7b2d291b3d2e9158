package kaohe.evidence.evidence.command;

import kaohe.platform.command.Refusal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A reporting period as the ledger writes it: a year (2020), a month (2020-08) or a quarter (2020-Q3). */
public record ReportingPeriod(String text, LocalDate start, LocalDate end) {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public static ReportingPeriod parse(String text) {
        String value = text == null ? "" : text.strip();
        var year = YEAR.matcher(value);
        if (year.matches()) {
            int y = Integer.parseInt(year.group(1));
            return new ReportingPeriod(value, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        var month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth m = YearMonth.parse(value);
            return new ReportingPeriod(value, m.atDay(1), m.atEndOfMonth());
        }
        var quarter = QUARTER.matcher(value);
        if (quarter.matches()) {
            int y = Integer.parseInt(quarter.group(1));
            int q = Integer.parseInt(quarter.group(2));
            return new ReportingPeriod(value, YearMonth.of(y, q * 3 - 2).atDay(1),
                    YearMonth.of(y, q * 3).atEndOfMonth());
        }
        throw Refusal.invalidField("period", "invalid-period", text);
    }
}
