package kaohe.scoring.web;

import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.score.PlanScoring;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

import static kaohe.scoring.access.ScoringAccess.READ;

/** The plans scoring knows, with their departments and rules in force: where every other view starts. */
@RestController
@RequestMapping("/api/scoring/plans")
public class PlansController {

    private final LiveScoring live;

    public PlansController(LiveScoring live) {
        this.live = live;
    }

    public record PlanSummary(String planId, int year, String title, LocalDate issuedOn, List<String> departments,
                              int indicators, int rulesVersion) {
    }

    @GetMapping
    @PreAuthorize(READ)
    public List<PlanSummary> plans() {
        return live.read(state -> state.plans().stream().filter(PlanScoring::scorable)
                .map(plan -> new PlanSummary(plan.planId(), plan.year(), plan.title(), plan.issuedOn(),
                        List.copyOf(plan.scoredDepartments()), plan.indicators().size(),
                        plan.currentRules().version()))
                .toList());
    }
}
