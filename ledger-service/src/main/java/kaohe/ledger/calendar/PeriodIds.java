package kaohe.ledger.calendar;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of a department's monthly check and quarterly report follow from plan, department and period, so the same
 * month's check or quarter's report can never be opened twice (the second is refused as already existing).
 */
public final class PeriodIds {

    private PeriodIds() {
    }

    public static String monthlyCheck(String planId, String department, String month) {
        return of("check", planId, department, month);
    }

    public static String quarterlyReport(String planId, String department, String quarter) {
        return of("report", planId, department, quarter);
    }

    private static String of(String kind, String planId, String department, String period) {
        String name = String.join("|", kind, planId, department, period);
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
