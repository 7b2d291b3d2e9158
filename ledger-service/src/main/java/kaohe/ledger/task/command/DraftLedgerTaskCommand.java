package kaohe.ledger.task.command;

import kaohe.ledger.event.SixDefines;

/** Puts a task into a department's ledger as a draft; the six defines may still be incomplete. */
public record DraftLedgerTaskCommand(String taskId, String planId, String indicatorId, String department,
                                     String title, SixDefines defines) {
}
