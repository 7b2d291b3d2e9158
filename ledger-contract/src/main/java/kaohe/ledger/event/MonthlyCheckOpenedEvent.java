package kaohe.ledger.event;

import java.time.LocalDate;

/** A department opened its monthly check (每月对照台账查漏补缺) for {@code month} ({@code 2020-08}), due on {@code dueOn}. */
public record MonthlyCheckOpenedEvent(String checkId, String planId, String department, String month,
                                      LocalDate dueOn) {
}
