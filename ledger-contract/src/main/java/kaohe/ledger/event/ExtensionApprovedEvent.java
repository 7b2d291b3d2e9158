package kaohe.ledger.event;

import java.time.LocalDate;

/** The office approved an extension: the task's deadline moved from {@code before} to {@code after}. */
public record ExtensionApprovedEvent(String taskId, String requestId, LocalDate before, LocalDate after) {
}
