package kaohe.ledger.event;

import java.time.LocalDate;

/** A department asked to move a task's deadline (延期申请); the reason is in the metadata. */
public record ExtensionRequestedEvent(String taskId, String requestId, LocalDate currentDeadline,
                                      LocalDate requestedDeadline) {
}
