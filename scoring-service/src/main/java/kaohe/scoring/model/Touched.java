package kaohe.scoring.model;

import java.util.Set;

/**
 * What one event changed: the plan, and either some of its departments or all of them (an indicator or the
 * rules changed); which scorecards and indicator rows must be computed again.
 */
public record Touched(String planId, boolean wholePlan, Set<String> departments, Set<String> indicators) {

    public static final Touched NOTHING = new Touched(null, false, Set.of(), Set.of());

    static Touched plan(String planId) {
        return new Touched(planId, true, Set.of(), Set.of());
    }

    static Touched department(String planId, String department, String... indicators) {
        return new Touched(planId, false, Set.of(department),
                Set.of(java.util.Arrays.stream(indicators).filter(java.util.Objects::nonNull).toArray(String[]::new)));
    }

    public boolean any() {
        return planId != null;
    }
}
