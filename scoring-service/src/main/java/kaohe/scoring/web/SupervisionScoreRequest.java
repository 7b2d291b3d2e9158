package kaohe.scoring.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The office's supervision score of a department for a quarter, 0–100, with a comment. */
public record SupervisionScoreRequest(@NotNull BigDecimal score, @Size(max = 1000) String comment) {
}
