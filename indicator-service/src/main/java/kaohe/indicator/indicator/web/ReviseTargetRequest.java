package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.math.BigDecimal;

public record ReviseTargetRequest(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") BigDecimal value,
        @NotBlank @Size(max = 20) @SingleLine String unit,
        @Size(max = 200) @SingleLine String subject,
        @NotBlank @Size(max = 500) String reason) {
}
