package kaohe.ledger.calendar;

import kaohe.platform.command.Refusal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A calendar quarter as the ledger writes it: {@code 2020-Q3}. */
public record Quarter(int year, int number) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Quarter parse(String text) {
        var matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw Refusal.invalidField("quarter", "invalid-quarter", text);
        }
        return new Quarter(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
