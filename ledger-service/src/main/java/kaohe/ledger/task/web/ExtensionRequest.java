package kaohe.ledger.task.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** 延期申请: the deadline asked for and why. */
public record ExtensionRequest(@NotNull LocalDate requestedDeadline, @Size(max = 500) String reason) {
}
