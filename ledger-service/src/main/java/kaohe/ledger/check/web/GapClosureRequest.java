package kaohe.ledger.check.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** How the gap was fixed. */
public record GapClosureRequest(@NotBlank @Size(max = 1000) String resolution) {
}
