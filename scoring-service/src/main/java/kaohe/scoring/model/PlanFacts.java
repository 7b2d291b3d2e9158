package kaohe.scoring.model;

import kaohe.indicator.event.IndicatorKind;
import kaohe.scoring.rules.RuleSet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.SortedSet;

/** Everything scoring knows of one assessment plan (考核计划): the facts every score of it is computed from. */
public final class PlanFacts {

    final String planId;
    int year;
    String title;
    LocalDate issuedOn;
    final SortedSet<String> departments = new TreeSet<>();
    final Map<String, IndicatorFacts> indicators = new LinkedHashMap<>();
    /** Leader name → the user id (token subject) the plan links to them; a leader without one matches nobody. */
    final Map<String, String> leaderAccounts = new HashMap<>();
    final Map<String, TaskFacts> tasks = new LinkedHashMap<>();
    final Map<String, CheckFacts> checks = new HashMap<>();
    final Map<String, ReportFacts> reports = new HashMap<>();
    final Map<String, EvidenceFacts> evidence = new HashMap<>();
    final Map<String, GapFacts> gaps = new LinkedHashMap<>();
    final Map<String, SupervisionScore> supervision = new HashMap<>();
    final Map<String, BreachFacts> breaches = new LinkedHashMap<>();
    final Map<String, ChaseFacts> chases = new LinkedHashMap<>();
    final List<BonusFact> bonuses = new ArrayList<>();
    final List<RuleSet> rules = new ArrayList<>(List.of(RuleSet.DEFAULT));

    PlanFacts(String planId) {
        this.planId = planId;
    }

    /** A copy whose collections may change without changing this plan (a what-if); the facts in them are shared. */
    PlanFacts copy() {
        PlanFacts copy = new PlanFacts(planId);
        copy.year = year;
        copy.title = title;
        copy.issuedOn = issuedOn;
        copy.departments.addAll(departments);
        copy.indicators.putAll(indicators);
        copy.leaderAccounts.putAll(leaderAccounts);
        copy.tasks.putAll(tasks);
        copy.checks.putAll(checks);
        copy.reports.putAll(reports);
        copy.evidence.putAll(evidence);
        copy.gaps.putAll(gaps);
        copy.supervision.putAll(supervision);
        copy.breaches.putAll(breaches);
        copy.chases.putAll(chases);
        copy.bonuses.addAll(bonuses);
        copy.rules.clear();
        copy.rules.addAll(rules);
        return copy;
    }

    public String planId() {
        return planId;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    /** The day the notice was issued: assessment starts that month (月度/季度 items before it are not due). */
    public LocalDate issuedOn() {
        return issuedOn != null ? issuedOn : LocalDate.of(year, 1, 1);
    }

    public SortedSet<String> departments() {
        return departments;
    }

    /** Registered departments, and any a ledger task names although it was never registered. */
    public SortedSet<String> scoredDepartments() {
        SortedSet<String> all = new TreeSet<>(departments);
        tasks.values().forEach(task -> {
            if (task.department != null) {
                all.add(task.department);
            }
        });
        return all;
    }

    public Collection<IndicatorFacts> indicators() {
        return indicators.values();
    }

    public Optional<IndicatorFacts> indicator(String indicatorId) {
        return Optional.ofNullable(indicators.get(indicatorId));
    }

    /** The leader of this plan whose account is {@code userId}, if any: names on indicators mean nobody else. */
    public Optional<String> leaderSignedInAs(String userId) {
        return leaderAccounts.entrySet().stream().filter(link -> link.getValue().equals(userId))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Negative-list items (负面清单) still in force: what a breach may name. */
    public boolean isNegativeListItem(String indicatorId) {
        var indicator = indicators.get(indicatorId);
        return indicator != null && indicator.kind == IndicatorKind.NEGATIVE_LIST && !indicator.withdrawn;
    }

    public List<TaskFacts> tasksOf(String department) {
        return tasks.values().stream().filter(task -> department.equals(task.department)).toList();
    }

    public List<TaskFacts> tasksOfIndicator(String indicatorId) {
        return tasks.values().stream().filter(task -> indicatorId.equals(task.indicatorId)).toList();
    }

    public List<CheckFacts> checksOf(String department) {
        return checks.values().stream().filter(check -> department.equals(check.department)).toList();
    }

    public List<ReportFacts> reportsOf(String department) {
        return reports.values().stream().filter(report -> department.equals(report.department)).toList();
    }

    public Optional<EvidenceFacts> evidence(String evidenceId) {
        return Optional.ofNullable(evidence.get(evidenceId));
    }

    public List<GapFacts> gapsOf(String department) {
        return gaps.values().stream().filter(gap -> department.equals(gap.department)).toList();
    }

    public Optional<SupervisionScore> supervision(String department, String quarter) {
        return Optional.ofNullable(supervision.get(department + "/" + quarter));
    }

    public List<BreachFacts> breachesOf(String department) {
        return breaches.values().stream().filter(breach -> department.equals(breach.department)).toList();
    }

    public List<BreachFacts> breaches() {
        return List.copyOf(breaches.values());
    }

    public Optional<BreachFacts> breach(String breachId) {
        return Optional.ofNullable(breaches.get(breachId));
    }

    /** The 督办单 the office opened to the department, in the order opened. */
    public List<ChaseFacts> chasesOf(String department) {
        return chases.values().stream().filter(chase -> department.equals(chase.department)).toList();
    }

    public List<BonusFact> bonusesOf(String department) {
        return bonuses.stream().filter(bonus -> department.equals(bonus.department())).toList();
    }

    /** Every version adopted, oldest first; version 0 is the default. */
    public List<RuleSet> ruleVersions() {
        return List.copyOf(rules);
    }

    public RuleSet currentRules() {
        return rules.get(rules.size() - 1);
    }

    /** The version in force at the end of {@code instant}: the last adopted by then. */
    public RuleSet rulesAt(Instant instant) {
        RuleSet inForce = rules.get(0);
        for (RuleSet rule : rules) {
            if (rule.adoptedAt() == null || !rule.adoptedAt().isAfter(instant)) {
                inForce = rule;
            }
        }
        return inForce;
    }

    public Optional<RuleSet> rulesVersion(int version) {
        return rules.stream().filter(rule -> rule.version() == version).findFirst();
    }
}
