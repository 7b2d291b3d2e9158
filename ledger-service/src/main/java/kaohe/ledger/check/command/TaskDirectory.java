package kaohe.ledger.check.command;

import kaohe.ledger.event.Quantity;

import java.util.Optional;

/** What a monthly check must know of the ledger's tasks: whose they are, whether in force, in which unit. */
public interface TaskDirectory {

    record TaskFacts(String taskId, String planId, String department, String indicatorId, boolean submitted,
                     Quantity quantity, boolean qualitative) {
    }

    Optional<TaskFacts> task(String taskId);
}
