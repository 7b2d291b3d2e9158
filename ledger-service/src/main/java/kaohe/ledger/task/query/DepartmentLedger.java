package kaohe.ledger.task.query;

import java.util.List;

/** A department's work ledger (工作台账) with how complete its six defines are and how many the office approved. */
public record DepartmentLedger(String planId, String department, int tasks, int submitted, int complete,
                               int drafts, int approved, List<LedgerTaskView> items) {
}
