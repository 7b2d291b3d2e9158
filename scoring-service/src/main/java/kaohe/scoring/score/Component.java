package kaohe.scoring.score;

import java.math.BigDecimal;
import java.util.List;

/**
 * One component of a department's score (completion 完成情况, timeliness 及时性, materials 资料报送及归档,
 * supervision 督办): the mean of its items' scores; left out, with its weight, when nothing of it is due yet.
 * {@code notCounted}: the department's tasks completion leaves out until the office approves their six defines.
 */
public record Component(String name, String label, int weight, boolean applicable, BigDecimal score,
                        List<ScoreItem> items, List<UncountedTask> notCounted) {
}
