package kaohe.indicator.importing;

import kaohe.indicator.event.IndicatorKind;

import java.util.List;
import java.util.Map;

/**
 * What an import found (dry run) or did (commit): the plan, indicators per kind, the departments and leaders
 * named, each row's proposed targets, and everything that could not be parsed.
 */
public record ImportReport(boolean committed, String planId, boolean planExists, PlanHeader plan,
                           Map<IndicatorKind, Integer> counts, int total, List<String> departments,
                           List<String> leaders, List<ImportedIndicator> indicators, List<ImportProblem> problems,
                           int created, int unchanged) {
}
