package kaohe.ledger.check.query;

import kaohe.ledger.calendar.BusinessCalendar;
import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.platform.command.Refusal;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.IntStream;

/** The due dates of a plan's monthly checks, so a page shows the deadline the service will judge lateness by. */
@Component
public class CheckCalendarQuery {

    private final IndicatorCatalog catalog;
    private final BusinessCalendar calendar;

    public CheckCalendarQuery(IndicatorCatalog catalog, BusinessCalendar calendar) {
        this.catalog = catalog;
        this.calendar = calendar;
    }

    public CheckCalendar of(String planId) {
        int year = catalog.planYear(planId).orElseThrow(() -> Refusal.notFound("unknown-plan", planId));
        LocalDate today = calendar.today();
        return new CheckCalendar(planId, today, IntStream.rangeClosed(1, 12).mapToObj(number -> {
            YearMonth month = YearMonth.of(year, number);
            return new CheckCalendar.Month(month.toString(), calendar.monthlyCheckDue(month),
                    !month.atDay(1).isAfter(today));
        }).toList());
    }
}
