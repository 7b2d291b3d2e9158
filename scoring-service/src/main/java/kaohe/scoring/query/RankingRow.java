package kaohe.scoring.query;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One department's line in a ranking (排名); null component scores are components not yet applicable. */
public record RankingRow(int rank, String department, BigDecimal total, BigDecimal base, BigDecimal completion,
                         BigDecimal timeliness, BigDecimal materials, BigDecimal supervision, BigDecimal bonus,
                         BigDecimal deductions, boolean vetoed, String warning, int alerts, int rulesVersion,
                         LocalDate evaluatedOn) {
}
