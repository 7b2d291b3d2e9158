package kaohe.scoring.web;

import kaohe.scoring.access.ScoringAccess;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.model.PlanFacts;
import kaohe.scoring.query.RankingRow;
import kaohe.scoring.query.ScorecardQueries;
import kaohe.scoring.score.Alert;
import kaohe.scoring.score.ComponentScore;
import kaohe.scoring.score.IndicatorProgress;
import kaohe.scoring.score.Period;
import kaohe.scoring.score.ScoreItem;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.whatif.ScorecardViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static kaohe.scoring.access.ScoringAccess.READ;
import static kaohe.scoring.access.ScoringAccess.WHOLE_PLAN;

/**
 * What each user needs at a glance, one call each, shaped for a page: the office (lights, ranking, what needs
 * chasing), a leader (their indicators and the departments carrying them), a department (its scores, rank, tasks
 * and what is due).
 */
@RestController
@RequestMapping("/api/scoring/plans/{planId}/dashboard")
public class DashboardController {

    private final ScorecardViews views;
    private final ScorecardQueries queries;
    private final ScoringAccess access;
    private final LiveScoring live;

    public DashboardController(ScorecardViews views, ScorecardQueries queries, ScoringAccess access,
                               LiveScoring live) {
        this.views = views;
        this.queries = queries;
        this.access = access;
        this.live = live;
    }

    public record Attention(String department, String warning, List<Alert> alerts) {
    }

    /** One quarter's total per department, for the trend. */
    public record QuarterTotals(String period, Map<String, BigDecimal> totals) {
    }

    public record OfficeDashboard(String planId, String title, String period, LocalDate evaluatedOn,
                                  int rulesVersion, Map<String, Long> lights, List<RankingRow> ranking,
                                  List<Attention> attention, long overdueItems, long openGaps,
                                  Map<String, Long> breaches, List<QuarterTotals> quarters) {
    }

    /**
     * The office's overview of a period — as it stands, or as of a past day ({@code asOf}) and/or under another
     * rules version ({@code rulesVersion}), computed then from the events known that day — with the year's quarters
     * as a trend: everything the overview draws in one call.
     */
    @GetMapping("/office")
    @PreAuthorize(WHOLE_PLAN)
    public OfficeDashboard office(@PathVariable String planId, @RequestParam(required = false) String period,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                  LocalDate asOf, @RequestParam(required = false) Integer rulesVersion) {
        Period scope = views.period(planId, period);
        live.newDay();
        List<Period> periods = Period.allOf(scope.year());
        if (asOf == null && rulesVersion == null) {
            Map<Period, Map<String, Scorecard>> stored = new LinkedHashMap<>();
            periods.forEach(each -> stored.put(each, queries.scorecards(planId, each.toString())));
            List<RankingRow> ranking = queries.ranking(planId, scope.toString());
            return live.read(state -> overview(state.plan(planId).orElseThrow(), scope, live.today(), stored,
                    ranking));
        }
        return views.scored(planId, asOf, rulesVersion, (plan, day, rules) -> {
            var cards = ScorecardViews.scoreAll(plan, periods, day, rules);
            return overview(plan, scope, day, cards, RankingRow.of(cards.get(scope).values()));
        });
    }

    private static OfficeDashboard overview(PlanFacts plan, Period scope, LocalDate day,
                                            Map<Period, Map<String, Scorecard>> cards, List<RankingRow> ranking) {
        Map<String, Scorecard> inScope = cards.get(scope);
        List<Attention> attention = ranking.stream().filter(row -> row.alerts() > 0)
                .map(row -> inScope.get(row.department()))
                .map(card -> new Attention(card.department(), card.warning().name(), card.alerts()))
                .toList();
        long overdue = attention.stream().flatMap(entry -> entry.alerts().stream())
                .filter(alert -> alert.kind().startsWith("OVERDUE")).count();
        long gaps = attention.stream().flatMap(entry -> entry.alerts().stream())
                .filter(alert -> alert.kind().endsWith("GAP")).count();
        Map<String, Long> breaches = plan.breaches().stream().collect(Collectors.groupingBy(
                breach -> breach.state().name(), TreeMap::new, Collectors.counting()));
        // only the quarters the plan has run in by the day: the others would be drawn as scores of nothing
        List<QuarterTotals> quarters = cards.keySet().stream().filter(quarter -> !quarter.wholeYear()
                        && !quarter.lastDay().isBefore(plan.issuedOn()) && !quarter.firstDay().isAfter(day))
                .map(quarter -> new QuarterTotals(quarter.toString(), totals(cards.get(quarter)))).toList();
        int version = ranking.isEmpty() ? plan.currentRules().version() : ranking.get(0).rulesVersion();
        return new OfficeDashboard(plan.planId(), plan.title(), scope.toString(), day, version,
                lights(ranking.stream().map(RankingRow::warning).toList()), ranking, attention, overdue, gaps,
                breaches, quarters);
    }

    private static Map<String, BigDecimal> totals(Map<String, Scorecard> cards) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        cards.forEach((department, card) -> totals.put(department, card.total()));
        return totals;
    }

    public record LeaderDashboard(String planId, String leader, Map<String, Long> lights,
                                  List<IndicatorProgress> indicators, List<RankingRow> departments) {
    }

    /**
     * A leader's own view (the leader the plan links to the caller's account: none linked, nothing in it); the
     * office and auditors may name any leader.
     */
    @GetMapping("/leader")
    @PreAuthorize(READ)
    public LeaderDashboard leader(@PathVariable String planId, @RequestParam(required = false) String leader) {
        views.period(planId, null);
        String who = leader != null ? leader : access.ownLeader(planId).orElse(null);
        if (who != null) {
            access.requireReadLeader(planId, who);
        }
        live.newDay();
        List<IndicatorProgress> indicators = who == null ? List.of() : queries.progress(planId, who);
        Set<String> departments = indicators.stream().flatMap(indicator -> indicator.tasks().stream())
                .map(IndicatorProgress.TaskProgress::department).collect(Collectors.toSet());
        String year = views.period(planId, null).toString();
        return new LeaderDashboard(planId, who,
                lights(indicators.stream().map(indicator -> indicator.warning().name()).toList()), indicators,
                queries.ranking(planId, year).stream().filter(row -> departments.contains(row.department()))
                        .toList());
    }

    public record Standing(String period, BigDecimal total, int rank, int of, String warning, boolean vetoed,
                           List<ComponentScore> components, BigDecimal bonus, BigDecimal deductions,
                           int rulesVersion) {
    }

    public record DepartmentDashboard(String planId, String department, LocalDate evaluatedOn, Standing year,
                                      Standing quarter, List<Alert> alerts, List<ScoreItem> tasks,
                                      List<ScoreItem> supervision, List<ScoreItem> breaches) {
    }

    @GetMapping("/departments/{department}")
    @PreAuthorize(READ)
    public DepartmentDashboard department(@PathVariable String planId, @PathVariable String department) {
        access.requireReadDepartment(planId, department);
        Period year = views.period(planId, null);
        live.newDay();
        LocalDate today = live.today();
        Period quarter = today.getYear() == year.year() ? Period.quarterOf(today) : new Period(year.year(), 4);
        Scorecard yearCard = views.scorecard(planId, department, year.toString(), null, null);
        Scorecard quarterCard = views.scorecard(planId, department, quarter.toString(), null, null);
        return new DepartmentDashboard(planId, department, today, standing(planId, yearCard),
                standing(planId, quarterCard), yearCard.alerts(), yearCard.itemsOf("completion"),
                yearCard.itemsOf("supervision"), yearCard.breaches());
    }

    private Standing standing(String planId, Scorecard card) {
        List<RankingRow> ranking = queries.ranking(planId, card.period());
        int rank = ranking.stream().filter(row -> row.department().equals(card.department()))
                .mapToInt(RankingRow::rank).findFirst().orElse(0);
        return new Standing(card.period(), card.total(), rank, ranking.size(), card.warning().name(), card.vetoed(),
                card.componentScores(), card.bonus(), card.deductions(), card.rulesVersion());
    }

    private static Map<String, Long> lights(List<String> warnings) {
        return warnings.stream().collect(Collectors.groupingBy(warning -> warning, TreeMap::new,
                Collectors.counting()));
    }
}
