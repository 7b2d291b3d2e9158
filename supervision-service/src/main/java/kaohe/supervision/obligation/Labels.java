package kaohe.supervision.obligation;

import java.time.LocalDate;
import java.time.YearMonth;

/** How obligations are named to people: 2020年8月 月度检查, 2020年第3季度 季度报告, 8月31日. */
public final class Labels {

    private Labels() {
    }

    public static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月 月度检查";
    }

    /** {@code month} as the ledger writes it (2020-08); as it is if it is not one. */
    public static String month(String month) {
        try {
            return month(YearMonth.parse(month));
        } catch (RuntimeException malformed) {
            return month + " 月度检查";
        }
    }

    public static String quarter(int year, int quarter) {
        return year + "年第" + quarter + "季度 季度报告";
    }

    /** {@code quarter} as the ledger writes it (2020-Q3). */
    public static String quarter(String quarter) {
        if (quarter != null && quarter.matches("\\d{4}-Q[1-4]")) {
            return quarter(Integer.parseInt(quarter.substring(0, 4)), quarter.charAt(6) - '0');
        }
        return quarter + " 季度报告";
    }

    public static String day(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
