package kaohe.crudpeer.targets;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** The body of a target revision, bounded as the indicator service bounds its own ({@code ReviseTargetRequest}). */
public record TargetRevision(
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") @Digits(integer = 12,
                fraction = 4) BigDecimal value,
        @Size(max = 20) String unit,
        @NotBlank @Size(max = 500) String reason) {
}
