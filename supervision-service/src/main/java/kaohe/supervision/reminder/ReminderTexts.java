package kaohe.supervision.reminder;

import kaohe.supervision.event.Audience;
import kaohe.supervision.obligation.Labels;
import kaohe.supervision.obligation.Obligation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What a reminder says, counted from the day it is sent: 「提醒：宣传教育处 2020年8月 月度检查将于 8月31日 到期（还有3天）」;
 * on the day 「…今天到期」; after it 「逾期：…已于 8月31日 到期，逾期3天」, marked 督促 for those it is escalated to.
 */
final class ReminderTexts {

    record Text(String title, String body) {
    }

    private ReminderTexts() {
    }

    static Text of(Obligation obligation, LocalDate day, Audience audience) {
        String what = obligation.department() + " " + obligation.label();
        String due = Labels.day(obligation.dueOn());
        long days = ChronoUnit.DAYS.between(day, obligation.dueOn());
        if (days > 0) {
            return new Text(obligation.label() + " 将于" + due + "到期",
                    "提醒：" + what + " 将于 " + due + " 到期（还有" + days + "天）");
        }
        if (days == 0) {
            return new Text(obligation.label() + " 今天到期", "提醒：" + what + " 今天（" + due + "）到期");
        }
        String prefix = audience == obligation.owner() ? "逾期：" : "督促：";
        return new Text(obligation.label() + " 已逾期" + -days + "天",
                prefix + what + " 已于 " + due + " 到期，逾期" + -days + "天，请尽快办理");
    }
}
