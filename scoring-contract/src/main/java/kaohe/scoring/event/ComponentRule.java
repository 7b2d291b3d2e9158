package kaohe.scoring.event;

import java.util.List;

/**
 * One component of a department's score under a rules version: its name (which computation scoring applies:
 * {@code completion} 完成情况, {@code timeliness} 及时性, {@code materials} 资料报送及归档, {@code supervision}
 * 督办), the label shown for it, and its weight in points; a version's weights add up to 100.
 */
public record ComponentRule(String name, String label, int weight) {

    /** The components scoring knows how to compute, with their default labels and the weights of version 0. */
    public static final List<ComponentRule> DEFAULTS = List.of(new ComponentRule("completion", "完成情况", 40),
            new ComponentRule("timeliness", "及时性", 20), new ComponentRule("materials", "资料报送及归档", 20),
            new ComponentRule("supervision", "督办", 20));
}
