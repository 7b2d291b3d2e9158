package kaohe.scoring.event;

import java.math.BigDecimal;

/**
 * What the department's 督办单 (chases, from the supervision context) cost its 督办 component, in points of that
 * component's 100, in the quarter they happen: {@code overduePenalty} for each reply-by date missed — a round
 * replied late, or still unanswered after its reply-by date — plus {@code overduePerDay} for each day it was or is
 * late; {@code reopenedPenalty} for each time the office sent a reply back (退回重办). A withdrawn chase costs
 * nothing. Version 0 (and every version adopted before chases existed): 5 per missed reply-by, 1 per day late,
 * 3 per send-back.
 */
public record ChaseRules(BigDecimal overduePenalty, BigDecimal overduePerDay, BigDecimal reopenedPenalty) {

    public static final ChaseRules DEFAULT = new ChaseRules(new BigDecimal("5"), BigDecimal.ONE, new BigDecimal("3"));
}
