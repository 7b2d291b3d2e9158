package kaohe.scoring.event;

import java.math.BigDecimal;

/** What a breach of one negative-list item (负面清单 indicator) costs: points deducted, or a veto (一票否决). */
public record BreachRule(String indicatorId, BigDecimal deduction, boolean veto) {
}
