package kaohe.scoring.model;

import java.time.LocalDate;
import java.time.YearMonth;

/** A department's monthly check (每月查漏补缺): when it was due and when, if at all, it was submitted. */
public final class CheckFacts {

    final String checkId;
    final String department;
    final YearMonth month;
    final LocalDate dueOn;
    final EventRef opened;
    LocalDate submittedOn;
    int daysLate;
    EventRef submitted;

    CheckFacts(String checkId, String department, YearMonth month, LocalDate dueOn, EventRef opened) {
        this.checkId = checkId;
        this.department = department;
        this.month = month;
        this.dueOn = dueOn;
        this.opened = opened;
    }

    /** A copy to change in a what-if, this check unchanged. */
    CheckFacts copy() {
        CheckFacts copy = new CheckFacts(checkId, department, month, dueOn, opened);
        copy.submittedOn = submittedOn;
        copy.daysLate = daysLate;
        copy.submitted = submitted;
        return copy;
    }

    public String checkId() {
        return checkId;
    }

    public String department() {
        return department;
    }

    public YearMonth month() {
        return month;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public EventRef opened() {
        return opened;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public int daysLate() {
        return daysLate;
    }

    public EventRef submitted() {
        return submitted;
    }
}
