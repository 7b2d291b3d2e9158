package kaohe.ledger.check.query;

import java.time.LocalDate;
import java.util.List;

/**
 * When each month's check of a plan's year is due, as the service counts it (month end plus the configured grace),
 * and whether the month has begun by the business day ({@code today}) — only begun months can be opened.
 */
public record CheckCalendar(String planId, LocalDate today, List<Month> months) {

    public record Month(String month, LocalDate dueOn, boolean begun) {
    }
}
