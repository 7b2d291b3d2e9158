package kaohe.ledger.event;

import java.math.BigDecimal;

/**
 * 定量: the task's target value and unit ("30 个"). {@code targetKey} names the indicator's target it breaks down
 * (T1 …) when there is one; a task may also set a quantity of its own.
 */
public record Quantity(BigDecimal value, String unit, String targetKey) {
}
