package kaohe.ledger.task.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The task's defines as they should be now; a reason is required once the task is in force. */
public record ReviseDefinesRequest(@NotNull @Valid DefinesRequest defines, @Size(max = 500) String reason) {
}
