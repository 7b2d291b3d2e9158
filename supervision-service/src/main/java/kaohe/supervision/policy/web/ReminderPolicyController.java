package kaohe.supervision.policy.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import kaohe.platform.command.CommandSender;
import kaohe.platform.web.IfMatch;
import kaohe.supervision.event.EscalationStep;
import kaohe.supervision.policy.command.AdoptReminderPolicyCommand;
import kaohe.supervision.policy.query.ReminderPolicyQueries;
import kaohe.supervision.policy.query.ReminderPolicyView;
import kaohe.supervision.web.PlanIds;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalTime;
import java.util.List;

/**
 * A plan's reminder policy (提醒规则) as versioned data: everyone reads the version in force and the history of
 * versions; the office adopts a new one with a reason (If-Match: the version it read; the ETag is the version).
 */
@RestController
@RequestMapping("/api/supervision/plans/{planId}/reminder-policy")
public class ReminderPolicyController {

    private static final String READ = "hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')";
    private static final String OFFICE = "hasRole('OFFICE')";

    private final CommandSender commands;
    private final ReminderPolicyQueries queries;

    public ReminderPolicyController(CommandSender commands, ReminderPolicyQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize(READ)
    public ResponseEntity<ReminderPolicyView> current(@PathVariable @Pattern(regexp = PlanIds.PATTERN) String planId) {
        var view = queries.find(planId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @PutMapping
    @PreAuthorize(OFFICE)
    public ResponseEntity<ReminderPolicyView> adopt(@PathVariable @Pattern(regexp = PlanIds.PATTERN) String planId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @Valid @RequestBody ReminderPolicyRequest request) {
        List<EscalationStep> escalation = request.escalation().stream()
                .map(step -> new EscalationStep(step.daysAfter(), step.audiences())).toList();
        commands.send(new AdoptReminderPolicyCommand(planId, IfMatch.version(ifMatch), request.daysBefore(),
                request.onDueDay(), escalation, LocalTime.parse(request.quietFrom()),
                LocalTime.parse(request.quietUntil()), request.channels(), request.reason()));
        return current(planId);
    }

    /** Every adopted version, newest first, with who adopted it, when and why. */
    @GetMapping("/versions")
    @PreAuthorize(READ)
    public List<ReminderPolicyView> versions(@PathVariable @Pattern(regexp = PlanIds.PATTERN) String planId) {
        return queries.versions(planId);
    }
}
