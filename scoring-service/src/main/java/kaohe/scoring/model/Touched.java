package kaohe.scoring.model;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one event changed: the plan, and either some of its departments or all of them (an indicator or the
 * rules changed); which scorecards and indicator rows must be computed again.
 */
public record Touched(String planId, boolean wholePlan, Set<String> departments, Set<String> indicators) {

    public static final Touched NOTHING = new Touched(null, false, Set.of(), Set.of());

    static Touched plan(String planId) {
        return new Touched(planId, true, Set.of(), Set.of());
    }

    /** An event of the plan that changes no score (who may read what): kept among the plan's events only. */
    static Touched noScore(String planId) {
        return new Touched(planId, false, Set.of(), Set.of());
    }

    static Touched department(String planId, String department, String... indicators) {
        return new Touched(planId, false, Set.of(department),
                Arrays.stream(indicators).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
    }

    public boolean any() {
        return planId != null;
    }
}
