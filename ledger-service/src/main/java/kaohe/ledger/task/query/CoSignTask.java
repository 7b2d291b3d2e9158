package kaohe.ledger.task.query;

import java.util.List;

/**
 * A lead task a cooperating department co-signs (会签), with the quarters whose submitted lead report the office
 * cannot accept until this department has co-signed the task for that quarter.
 */
public record CoSignTask(LedgerTaskView task, List<String> awaitingReports) {
}
