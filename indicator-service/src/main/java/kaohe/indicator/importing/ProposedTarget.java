package kaohe.indicator.importing;

import java.math.BigDecimal;

/**
 * A quantitative target spotted in an indicator's text, offered to a human for confirmation.
 *
 * @param value   the number as written, e.g. 30
 * @param unit    e.g. "个", "%"
 * @param subject what is counted, e.g. "示范镇街"
 * @param phrase  the clause it was found in, so the proposal can be judged in context
 */
public record ProposedTarget(BigDecimal value, String unit, String subject, String phrase) {
}
