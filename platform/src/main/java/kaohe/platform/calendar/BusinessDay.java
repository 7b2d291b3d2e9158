package kaohe.platform.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * What every service takes as "today" for business decisions (due dates, lateness, overdue, expected progress,
 * lights, archival dates): the real date in Asia/Shanghai (DESIGN.md rule 8), or the fixed date set by
 * {@code kaohe.business-date} for a demonstration or a training on a past year's plan. A fixed date rather than an
 * offset, so that services started on different days still agree. Event instants ({@code occurredAt}) never come
 * from here: they stay the real time, true for the audit.
 */
public final class BusinessDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String SETTING = "kaohe.business-date";

    private final Clock clock;
    private final LocalDate fixed;

    private BusinessDay(Clock clock, LocalDate fixed) {
        this.clock = clock;
        this.fixed = fixed;
    }

    /** The real date of {@code clock} in Asia/Shanghai. */
    public static BusinessDay real(Clock clock) {
        return new BusinessDay(clock, null);
    }

    /** Always {@code day}, whatever the clock says. */
    public static BusinessDay fixedOn(Clock clock, LocalDate day) {
        return new BusinessDay(clock, day);
    }

    /** From the setting's text: blank is the real date; anything but an ISO date refuses to start the service. */
    public static BusinessDay configured(Clock clock, String setting) {
        if (setting == null || setting.isBlank()) {
            return real(clock);
        }
        try {
            return fixedOn(clock, LocalDate.parse(setting.strip()));
        } catch (DateTimeParseException malformed) {
            throw new IllegalStateException(SETTING + "（环境变量 KAOHE_BUSINESS_DATE）不是日期：'" + setting
                    + "'；应为 yyyy-MM-dd，如 2020-10-15，留空则为真实日期", malformed);
        }
    }

    public LocalDate today() {
        return fixed != null ? fixed : LocalDate.now(clock.withZone(ZONE));
    }

    public ZoneId zone() {
        return ZONE;
    }

    /** Whether "today" is a set date rather than the real one. */
    public boolean isShifted() {
        return fixed != null;
    }

    /** The day in Asia/Shanghai on which {@code instant} fell: for events recorded without a business day. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The line a shifted service logs at start, so nobody mistakes a demonstration for the real calendar. */
    public String announcement() {
        return "业务日期设为 " + fixed + "（演示/培训）：到期、逾期与迟报按此日计算；事件时间仍为真实时间";
    }
}
