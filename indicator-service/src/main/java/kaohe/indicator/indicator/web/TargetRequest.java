package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.indicator.event.Target;
import kaohe.platform.input.SingleLine;

import java.math.BigDecimal;

/** A quantitative target (定量) on the wire: 30 个 示范镇街. */
public record TargetRequest(
        @NotBlank @Pattern(regexp = "T[1-9][0-9]?") String key,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000") BigDecimal value,
        @NotBlank @Size(max = 20) @SingleLine String unit,
        @Size(max = 200) @SingleLine String subject) {

    Target toTarget() {
        return new Target(key, value.stripTrailingZeros(), unit.strip(), subject == null ? null : subject.strip());
    }
}
