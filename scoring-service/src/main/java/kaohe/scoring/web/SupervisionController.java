package kaohe.scoring.web;

import jakarta.validation.Valid;
import kaohe.platform.command.CommandSender;
import kaohe.scoring.access.ScoringAccess;
import kaohe.scoring.live.LiveScoring;
import kaohe.scoring.model.BreachFacts;
import kaohe.scoring.model.EventRef;
import kaohe.scoring.supervision.command.AppealBreachCommand;
import kaohe.scoring.supervision.command.AssignSupervisionScoreCommand;
import kaohe.scoring.supervision.command.AwardBonusPointsCommand;
import kaohe.scoring.supervision.command.RecordBreachCommand;
import kaohe.scoring.supervision.command.RejectBreachAppealCommand;
import kaohe.scoring.supervision.command.RevokeBreachCommand;
import kaohe.scoring.supervision.command.SupervisionIds;
import kaohe.scoring.whatif.ScorecardViews;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static kaohe.scoring.access.ScoringAccess.APPEAL;
import static kaohe.scoring.access.ScoringAccess.OFFICE;
import static kaohe.scoring.access.ScoringAccess.READ;

/**
 * The office's supervision acts (督办): quarterly supervision scores, negative-list breaches and their appeal
 * (by the department) and revocation, bonus points. Each is a command and an event; scorecards show it once the
 * event has come round through Kafka, within milliseconds.
 */
@RestController
@RequestMapping("/api/scoring/plans/{planId}")
public class SupervisionController {


    private final CommandSender commands;
    private final LiveScoring live;
    private final ScorecardViews views;
    private final ScoringAccess access;

    public SupervisionController(CommandSender commands, LiveScoring live, ScorecardViews views,
                                 ScoringAccess access) {
        this.commands = commands;
        this.live = live;
        this.views = views;
        this.access = access;
    }

    public record Acted(String supervisionId, String subject) {
    }

    @PutMapping("/departments/{department}/supervision/{quarter}")
    @PreAuthorize(OFFICE)
    public Acted score(@PathVariable String planId, @PathVariable String department, @PathVariable String quarter,
                       @Valid @RequestBody SupervisionScoreRequest request) {
        String id = SupervisionIds.of(planId, department);
        commands.send(new AssignSupervisionScoreCommand(id, planId, department, quarter,
                plain(request.score()), text(request.comment())));
        return new Acted(id, quarter);
    }

    @PostMapping("/departments/{department}/breaches")
    @PreAuthorize(OFFICE)
    public ResponseEntity<Acted> recordBreach(@PathVariable String planId, @PathVariable String department,
                                              @Valid @RequestBody BreachRequest request) {
        String id = SupervisionIds.of(planId, department);
        String breachId = UUID.randomUUID().toString();
        commands.send(new RecordBreachCommand(id, breachId, planId, department, request.indicatorId().strip(),
                request.occurredOn(), request.description(),
                request.evidence() == null ? List.of() : request.evidence(), request.confirmedBy()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/scoring/plans/" + planId + "/departments/" + department + "/breaches/"
                        + breachId))
                .body(new Acted(id, breachId));
    }

    /** A department appeals (申诉) a breach recorded against it: its liaison, with the grounds. */
    @PostMapping("/departments/{department}/breaches/{breachId}/appeal")
    @PreAuthorize(APPEAL)
    public Acted appeal(@PathVariable String planId, @PathVariable String department, @PathVariable String breachId,
                        @Valid @RequestBody ReasonRequest request) {
        access.requireActFor(department);
        String id = SupervisionIds.of(planId, department);
        commands.send(new AppealBreachCommand(id, breachId, request.reason()));
        return new Acted(id, breachId);
    }

    @PostMapping("/departments/{department}/breaches/{breachId}/appeal-rejection")
    @PreAuthorize(OFFICE)
    public Acted rejectAppeal(@PathVariable String planId, @PathVariable String department,
                              @PathVariable String breachId, @Valid @RequestBody ReasonRequest request) {
        String id = SupervisionIds.of(planId, department);
        commands.send(new RejectBreachAppealCommand(id, breachId, request.reason()));
        return new Acted(id, breachId);
    }

    @PostMapping("/departments/{department}/breaches/{breachId}/revocation")
    @PreAuthorize(OFFICE)
    public Acted revoke(@PathVariable String planId, @PathVariable String department, @PathVariable String breachId,
                        @Valid @RequestBody ReasonRequest request) {
        String id = SupervisionIds.of(planId, department);
        commands.send(new RevokeBreachCommand(id, breachId, request.reason()));
        return new Acted(id, breachId);
    }

    @PostMapping("/departments/{department}/bonuses")
    @PreAuthorize(OFFICE)
    public ResponseEntity<Acted> award(@PathVariable String planId, @PathVariable String department,
                                       @Valid @RequestBody BonusRequest request) {
        String id = SupervisionIds.of(planId, department);
        String awardId = UUID.randomUUID().toString();
        commands.send(new AwardBonusPointsCommand(id, awardId, planId, department, request.quarter().strip(),
                plain(request.points()), request.reason()));
        return ResponseEntity.status(HttpStatus.CREATED).body(new Acted(id, awardId));
    }

    /** {@code events}: its recording, appeal and decisions — who, when and why open at /api/scoring/events. */
    public record BreachView(String breachId, String department, String indicatorId, LocalDate occurredOn,
                             String description, List<String> evidence, String confirmedBy, String state,
                             boolean counts, List<EventRef> events) {
    }

    /** Breaches of the plan, or of one department (its liaison sees its own). */
    @GetMapping("/breaches")
    @PreAuthorize(READ)
    public List<BreachView> breaches(@PathVariable String planId,
                                     @RequestParam(required = false) String department) {
        views.period(planId, null);
        if (department == null) {
            access.requireReadAll();
        } else {
            access.requireReadDepartment(planId, department);
        }
        return live.read(state -> (department == null ? state.plan(planId).orElseThrow().breaches()
                        : state.plan(planId).orElseThrow().breachesOf(department)).stream()
                .map(SupervisionController::view).toList());
    }

    private static BreachView view(BreachFacts breach) {
        return new BreachView(breach.breachId(), breach.department(), breach.indicatorId(), breach.occurredOn(),
                breach.description(), breach.evidence(), breach.confirmedBy(), breach.state().name(),
                breach.counts(), List.copyOf(breach.events()));
    }

    /** 90.0 and 90 are the same score: no trailing zeros, never an exponent (9E+1). */
    private static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
