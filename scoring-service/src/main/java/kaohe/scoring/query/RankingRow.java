package kaohe.scoring.query;

import kaohe.scoring.score.ComponentScore;
import kaohe.scoring.score.Scorecard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One department's line in a ranking (排名): its components in the rules' order (null scores are components not yet
 * applicable).
 */
public record RankingRow(int rank, String department, BigDecimal total, BigDecimal base,
                         List<ComponentScore> components, BigDecimal bonus, BigDecimal deductions, boolean vetoed, String warning, int alerts, int rulesVersion,
                         LocalDate evaluatedOn) {

    /**
     * The ranking of scorecards computed on the fly (a past day, another rules version), ordered and ranked as the
     * stored ranking is: by total, highest first; equal totals share a rank (1, 2, 2, 4).
     */
    public static List<RankingRow> of(Collection<Scorecard> cards) {
        List<Scorecard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::department));
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard card = sorted.get(i);
            boolean tied = i > 0 && card.total().compareTo(sorted.get(i - 1).total()) == 0;
            rows.add(new RankingRow(tied ? rows.get(i - 1).rank() : i + 1, card.department(), card.total(),
                    card.base(), card.componentScores(), card.bonus(), card.deductions(),
                    card.vetoed(), card.warning().name(), card.alerts().size(), card.rulesVersion(), card.asOf()));
        }
        return rows;
    }
}
