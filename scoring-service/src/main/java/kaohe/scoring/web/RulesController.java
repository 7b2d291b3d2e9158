package kaohe.scoring.web;

import jakarta.validation.Valid;
import kaohe.platform.command.CommandSender;
import kaohe.platform.web.IfMatch;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.live.LiveScoringCatalog;
import kaohe.scoring.rules.RuleSet;
import kaohe.scoring.rules.command.AdoptScoringRulesCommand;
import kaohe.scoring.rules.command.RulesValidation;
import kaohe.scoring.whatif.RulesWhatIf;
import kaohe.scoring.whatif.ScorecardViews;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static kaohe.scoring.access.ScoringAccess.OFFICE;
import static kaohe.scoring.access.ScoringAccess.READ;
import static kaohe.scoring.access.ScoringAccess.WHOLE_PLAN;

/**
 * Scoring rules as data (评分规则): every version of a plan's rules, the office adopting a new one (If-Match: the
 * version it read), and a what-if of a proposed rule set against the current one.
 */
@RestController
@RequestMapping("/api/scoring/plans/{planId}")
public class RulesController {

    private final CommandSender commands;
    private final LiveScoring live;
    private final LiveScoringCatalog catalog;
    private final RulesWhatIf whatIf;
    private final ScorecardViews views;

    public RulesController(CommandSender commands, LiveScoring live, LiveScoringCatalog catalog, RulesWhatIf whatIf,
                           ScorecardViews views) {
        this.commands = commands;
        this.live = live;
        this.catalog = catalog;
        this.whatIf = whatIf;
        this.views = views;
    }

    /** Every version, oldest first; the ETag is the version in force. */
    @GetMapping("/rules")
    @PreAuthorize(READ)
    public ResponseEntity<List<RuleSet>> versions(@PathVariable String planId) {
        views.period(planId, null);
        List<RuleSet> versions = live.read(state -> state.plan(planId).orElseThrow().ruleVersions());
        return ResponseEntity.ok().eTag(IfMatch.etag(versions.get(versions.size() - 1).version())).body(versions);
    }

    @PostMapping("/rules")
    @PreAuthorize(OFFICE)
    public ResponseEntity<AdoptedRules> adopt(@PathVariable String planId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch, @Valid @RequestBody RulesRequest request) {
        views.period(planId, null);
        long expected = IfMatch.version(ifMatch);
        commands.send(new AdoptScoringRulesCommand(planId, expected, request.components(), request.thresholds(),
                request.latePenaltyPerDay(), request.defaultDeduction(), request.rules(), request.chaseRules(),
                request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(expected + 1))
                .body(new AdoptedRules(planId, (int) expected + 1));
    }

    /** The version number adopted; the projections show it once the event has come round (milliseconds). */
    public record AdoptedRules(String planId, int version) {
    }

    @PostMapping("/what-if")
    @PreAuthorize(WHOLE_PLAN)
    public RulesWhatIf.Result whatIf(@PathVariable String planId, @Valid @RequestBody RulesRequest request) {
        var period = views.period(planId, request.period());
        RulesValidation.require(planId, request.components(), request.thresholds(), request.latePenaltyPerDay(),
                request.defaultDeduction(), request.rules(), request.chaseRules(), catalog);
        var proposed = new RuleSet(-1, request.components(), request.thresholds(), request.latePenaltyPerDay(),
                request.defaultDeduction(), request.rules(), request.chaseRules(), null, null, "what-if");
        return whatIf.compare(planId, period, proposed);
    }
}
