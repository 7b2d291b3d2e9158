package kaohe.ledger.event;

/**
 * The office approved the task's six defines as {@code defines}: from now on the task counts in scoring with
 * them. {@code belowTarget}: the quantity is below the indicator target it names, and the office approved it so.
 */
public record LedgerTaskApprovedEvent(String taskId, String department, SixDefines defines, boolean belowTarget) {
}
