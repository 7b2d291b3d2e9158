package kaohe.supervision.chase.command;

/** Where a 督办单 stands; SENT_BACK is answered again without a new signature. */
public enum ChaseStatus {
    OPENED, SIGNED, REPLIED, ACCEPTED, SENT_BACK, CLOSED, WITHDRAWN;

    /** Waiting for the department: overdue once its reply-by date has passed. */
    public boolean awaitsDepartment() {
        return this == OPENED || this == SIGNED || this == SENT_BACK;
    }
}
