package kaohe.scoring.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.time.LocalDate;
import java.util.List;

/** A negative-list breach the office confirmed: which item, when, what happened, the evidence, who confirmed it. */
public record BreachRequest(@NotBlank @Size(max = 64) String indicatorId,
                            @NotNull LocalDate occurredOn, @NotBlank @Size(max = 2000) String description,
                            @Size(max = 50) List<@NotBlank @Size(max = 64) @SingleLine String> evidence,
                            @NotBlank @Size(max = 100) @SingleLine String confirmedBy) {
}
