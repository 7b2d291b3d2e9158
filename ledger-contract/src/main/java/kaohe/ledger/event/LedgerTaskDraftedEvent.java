package kaohe.ledger.event;

/** A department put a task into its work ledger (工作台账) under an indicator it carries. */
public record LedgerTaskDraftedEvent(String taskId, String planId, String indicatorId, String department,
                                     CarriedAs carriedAs, String title, SixDefines defines) {
}
