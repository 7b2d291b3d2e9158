package kaohe.ledger.check.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The monthly summary (小结). */
public record SummaryRequest(@NotBlank @Size(max = 5000) String summary) {
}
