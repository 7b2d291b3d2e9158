package kaohe.ledger.event;

/** A task's state at a monthly check: on track (正常推进), behind (滞后), done (已完成), blocked (受阻). */
public enum ProgressStatus {
    ON_TRACK, BEHIND, DONE, BLOCKED
}
