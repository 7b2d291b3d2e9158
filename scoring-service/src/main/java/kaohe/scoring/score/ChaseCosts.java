package kaohe.scoring.score;

import kaohe.scoring.event.ChaseRules;
import kaohe.scoring.model.ChaseFacts;
import kaohe.scoring.model.EventRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a department's 督办单 cost its 督办 component under the chase rules, as of a day: each round replied after
 * its reply-by date, or still unanswered after it on that day, costs the overdue penalty plus the per-day penalty
 * for each day late — in the quarter of that reply-by date; each send-back costs the reopened penalty in the quarter
 * it happened. A withdrawn chase costs nothing.
 */
final class ChaseCosts {

    /** One deduction: the quarter it falls in, the points, the words, the events behind it. */
    record Cost(String quarter, BigDecimal points, String explanation, List<EventRef> events) {
    }

    private ChaseCosts() {
    }

    static List<Cost> of(List<ChaseFacts> chases, LocalDate asOf, ChaseRules rules) {
        List<Cost> costs = new ArrayList<>();
        for (ChaseFacts chase : chases) {
            if (chase.withdrawn()) {
                continue;
            }
            for (ChaseFacts.Round round : chase.rounds()) {
                overdue(chase, round, asOf, rules).ifPresent(costs::add);
            }
            for (ChaseFacts.SendBack back : chase.sentBack()) {
                if (!back.on().isAfter(asOf)) {
                    costs.add(new Cost(quarter(back.on()), rules.reopenedPenalty(), "督办单“" + chase.title()
                            + "”第 " + back.round() + " 轮反馈被退回重办，扣 " + points(rules.reopenedPenalty()),
                            List.of(back.event())));
                }
            }
        }
        return costs.stream().filter(cost -> cost.points().signum() > 0).toList();
    }

    private static Optional<Cost> overdue(ChaseFacts chase, ChaseFacts.Round round, LocalDate asOf,
                                                    ChaseRules rules) {
        boolean replied = round.repliedOn() != null && !round.repliedOn().isAfter(asOf);
        long daysLate = replied ? round.daysLate() : ChronoUnit.DAYS.between(round.replyBy(), asOf);
        if (daysLate <= 0) {
            return Optional.empty();
        }
        BigDecimal points = rules.overduePenalty().add(rules.overduePerDay().multiply(BigDecimal.valueOf(daysLate)));
        String how = replied ? "逾期 " + daysLate + " 天反馈" : "已过答复期限 " + daysLate + " 天仍未反馈";
        String perDay = rules.overduePerDay().signum() == 0 ? ""
                : " + " + daysLate + " × " + points(rules.overduePerDay());
        return Optional.of(new Cost(quarter(round.replyBy()), points, "督办单“" + chase.title() + "”第 "
                + round.round() + " 轮" + how + "（答复期限 " + round.replyBy() + "），扣 "
                + points(rules.overduePenalty()) + perDay + " = " + points(points),
                Stream.of(round.set(), replied ? round.replied() : null).filter(Objects::nonNull).toList()));
    }

    private static String quarter(LocalDate day) {
        return Period.quarterOf(day).toString();
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
