package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

public record ReviseTargetRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 4) BigDecimal value,
        @NotBlank @Size(max = 20) String unit,
        @Size(max = 200) String subject,
        @NotBlank @Size(max = 500) String reason) {
}
