package kaohe.indicator.indicator.command;

import kaohe.indicator.event.Target;
import kaohe.platform.command.Reasoned;
import kaohe.platform.command.Refusal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

/** Checks the indicator's commands share; each refusal names the field at fault. */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static void requireReason(Reasoned command) {
        Reasoned.require(command);
    }

    static void requireTargetsWellFormed(List<Target> targets) {
        var keys = new HashSet<String>();
        for (Target target : targets) {
            if (target.value().compareTo(BigDecimal.ZERO) < 0) {
                throw Refusal.invalidField("targets", "negative-target", target.key(), target.value());
            }
            if (!keys.add(target.key())) {
                throw Refusal.invalidField("targets", "duplicate-target-key", target.key());
            }
        }
    }

    static void requireDepartments(PlanDirectory plans, String planId, List<String> lead, List<String> cooperating) {
        if (lead.isEmpty()) {
            throw Refusal.invalidField("leadDepartments", "lead-department-required");
        }
        for (String department : concat(lead, cooperating)) {
            if (!plans.departmentRegistered(planId, department)) {
                throw Refusal.invalidField("departments", "unknown-department", department);
            }
        }
        if (lead.stream().anyMatch(cooperating::contains)) {
            throw Refusal.invalidField("cooperatingDepartments", "lead-also-cooperating");
        }
        if (new HashSet<>(lead).size() != lead.size() || new HashSet<>(cooperating).size() != cooperating.size()) {
            throw Refusal.invalidField("departments", "duplicate-department");
        }
    }

    static void requireLeaders(PlanDirectory plans, String planId, List<String> leaders) {
        for (String leader : leaders) {
            if (!plans.leaderRegistered(planId, leader)) {
                throw Refusal.invalidField("leaders", "unknown-leader", leader);
            }
        }
        if (new HashSet<>(leaders).size() != leaders.size()) {
            throw Refusal.invalidField("leaders", "duplicate-leader");
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
