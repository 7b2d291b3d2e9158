package kaohe.ledger.check.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.ledger.event.ProgressStatus;
import kaohe.platform.input.SingleLine;

import java.math.BigDecimal;

/** A task's progress this month; {@code actualValue} and {@code unit} are left out for a qualitative task. */
public record ProgressRequest(@DecimalMax("1000000000") BigDecimal actualValue,
                              @Size(max = 20) @SingleLine String unit,
                              @NotNull ProgressStatus status, @Size(max = 1000) String note) {
}
