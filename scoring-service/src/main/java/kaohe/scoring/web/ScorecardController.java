package kaohe.scoring.web;

import kaohe.scoring.access.ScoringAccess;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.query.RankingRow;
import kaohe.scoring.query.ScorecardQueries;
import kaohe.scoring.score.IndicatorProgress;
import kaohe.scoring.score.Scorecard;
import kaohe.scoring.whatif.ScorecardComparison;
import kaohe.scoring.whatif.ScoreOpportunities;
import kaohe.scoring.whatif.ScorecardViews;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

import static kaohe.scoring.access.ScoringAccess.READ;

/**
 * Scores: a plan's ranking (排名), a department's scorecard with every item and the events behind it (得分反查) —
 * now, as of a past day, or under another rules version — two such views compared, and indicator progress.
 */
@RestController
@RequestMapping("/api/scoring/plans/{planId}")
public class ScorecardController {

    private final ScorecardViews views;
    private final ScorecardQueries queries;
    private final ScoringAccess access;
    private final LiveScoring live;
    private final ScoreOpportunities opportunities;

    public ScorecardController(ScorecardViews views, ScorecardQueries queries, ScoringAccess access,
                               LiveScoring live, ScoreOpportunities opportunities) {
        this.views = views;
        this.queries = queries;
        this.access = access;
        this.live = live;
        this.opportunities = opportunities;
    }

    @GetMapping("/ranking")
    @PreAuthorize(READ)
    public List<RankingRow> ranking(@PathVariable String planId, @RequestParam(required = false) String period) {
        access.requireReadRanking();
        live.newDay();
        return queries.ranking(planId, views.period(planId, period).toString());
    }

    @GetMapping("/scorecards/{department}")
    @PreAuthorize(READ)
    public Scorecard scorecard(@PathVariable String planId, @PathVariable String department,
                               @RequestParam(required = false) String period,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate asOf,
                               @RequestParam(required = false) Integer rulesVersion) {
        access.requireReadDepartment(planId, department);
        live.newDay();
        return views.scorecard(planId, department, period, asOf, rulesVersion);
    }

    /** The same department's scorecard in two views (days and/or rules versions): right minus left. */
    @GetMapping("/scorecards/{department}/comparison")
    @PreAuthorize(READ)
    public ScorecardComparison compare(@PathVariable String planId, @PathVariable String department,
                                       @RequestParam(required = false) String period,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftAsOf,
                                       @RequestParam(required = false) Integer leftRulesVersion,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate rightAsOf,
                                       @RequestParam(required = false) Integer rightRulesVersion) {
        access.requireReadDepartment(planId, department);
        LocalDate today = live.today();
        var left = views.scorecard(planId, department, period, leftAsOf == null ? today : leftAsOf,
                leftRulesVersion);
        var right = views.scorecard(planId, department, period, rightAsOf == null ? today : rightAsOf,
                rightRulesVersion);
        return ScorecardComparison.of(left, right);
    }

    /** What would raise the department's score most today (提分建议), each act worth what the scorer says. */
    @GetMapping("/scorecards/{department}/opportunities")
    @PreAuthorize(READ)
    public ScoreOpportunities.Result opportunities(@PathVariable String planId, @PathVariable String department,
                                                   @RequestParam(required = false) String period) {
        access.requireReadDepartment(planId, department);
        live.newDay();
        return opportunities.of(planId, department, period);
    }

    /** Every indicator's progress (the office, auditors), or those a leader is responsible for. */
    @GetMapping("/indicators")
    @PreAuthorize(READ)
    public List<IndicatorProgress> indicators(@PathVariable String planId,
                                              @RequestParam(required = false) String leader) {
        views.period(planId, null);
        if (leader == null) {
            access.requireReadAll();
        } else {
            access.requireReadLeader(planId, leader);
        }
        live.newDay();
        return queries.progress(planId, leader);
    }

    @GetMapping("/indicators/{indicatorId}")
    @PreAuthorize(READ)
    public IndicatorProgress indicator(@PathVariable String planId, @PathVariable String indicatorId) {
        views.period(planId, null);
        access.requireReadIndicator(planId, indicatorId);
        live.newDay();
        return queries.progressOf(planId, indicatorId);
    }
}
