package kaohe.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** Bonus points for a department in a quarter, and for what. */
public record BonusRequest(@NotBlank @Size(max = 7) String quarter, @NotNull BigDecimal points,
                           @Size(max = 500) String reason) {
}
