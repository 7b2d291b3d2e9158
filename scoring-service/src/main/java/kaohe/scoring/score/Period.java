package kaohe.scoring.score;

import kaohe.platform.command.Refusal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** What a scorecard covers: a whole plan year ({@code 2020}) or one quarter of it ({@code 2020-Q3}). */
public record Period(int year, int quarter) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

    public static Period parse(String text) {
        var matcher = text == null ? null : TEXT.matcher(text.strip());
        if (matcher == null || !matcher.matches()) {
            throw Refusal.invalidField("period", "invalid-period", text);
        }
        int year = Integer.parseInt(matcher.group(1));
        return new Period(year, matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2)));
    }

    public static Period year(int year) {
        return new Period(year, 0);
    }

    public static Period quarterOf(LocalDate day) {
        return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** The year and its four quarters: every period a plan's scorecards are kept for. */
    public static List<Period> allOf(int year) {
        return IntStream.rangeClosed(0, 4).mapToObj(quarter -> new Period(year, quarter)).toList();
    }

    public boolean wholeYear() {
        return quarter == 0;
    }

    public YearMonth firstMonth() {
        return wholeYear() ? YearMonth.of(year, 1) : YearMonth.of(year, quarter * 3 - 2);
    }

    public YearMonth lastMonth() {
        return wholeYear() ? YearMonth.of(year, 12) : YearMonth.of(year, quarter * 3);
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    /** The quarters ("2020-Q1" …) this period spans. */
    public List<String> quarters() {
        return wholeYear() ? IntStream.rangeClosed(1, 4).mapToObj(q -> year + "-Q" + q).toList()
                : List.of(toString());
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return wholeYear() ? Integer.toString(year) : year + "-Q" + quarter;
    }
}
