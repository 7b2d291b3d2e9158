package kaohe.ledger.task.web;

/**
 * The office's approval of a task's six defines; {@code acceptBelowTarget} says it approves a quantity below the
 * indicator target knowingly (the task view flags it as {@code belowTarget}).
 */
public record ApprovalRequest(boolean acceptBelowTarget) {
}
