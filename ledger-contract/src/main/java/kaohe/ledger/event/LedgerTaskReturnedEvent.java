package kaohe.ledger.event;

/** The office returned the task's six defines for revision (退回); the mandatory reason is in the metadata. */
public record LedgerTaskReturnedEvent(String taskId, String department) {
}
