package kaohe.ledger.event;

/** All six defines are set and the department put the task into force; progress can now be recorded on it. */
public record LedgerTaskSubmittedEvent(String taskId, String department, SixDefines defines) {
}
