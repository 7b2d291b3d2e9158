package kaohe.indicator.event;

import java.math.BigDecimal;

/**
 * A quantitative target of an indicator (定量): "30 个示范镇街" is value 30, unit 个, subject 示范镇街.
 * {@code key} is stable within its indicator (T1, T2 …) so a revision names the target it changes.
 */
public record Target(String key, BigDecimal value, String unit, String subject) {
}
