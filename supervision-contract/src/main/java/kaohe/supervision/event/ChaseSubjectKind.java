package kaohe.supervision.event;

/** What a 督办单 is about: a whole department, or one item of its work. */
public enum ChaseSubjectKind {
    DEPARTMENT, INDICATOR, LEDGER_TASK, MONTHLY_CHECK, QUARTERLY_REPORT, GAP
}
