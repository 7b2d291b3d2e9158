package kaohe.supervision.chase.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.command.CommandSender;
import kaohe.platform.web.IfMatch;
import kaohe.platform.web.Paging;
import kaohe.platform.web.Problems;
import kaohe.supervision.chase.command.AcceptChaseCommand;
import kaohe.supervision.chase.command.ChaseStatus;
import kaohe.supervision.chase.command.CloseChaseCommand;
import kaohe.supervision.chase.command.OpenChaseCommand;
import kaohe.supervision.chase.command.ReplyToChaseCommand;
import kaohe.supervision.chase.command.SendBackChaseCommand;
import kaohe.supervision.chase.command.SignChaseCommand;
import kaohe.supervision.chase.command.WithdrawChaseCommand;
import kaohe.supervision.chase.query.ChaseFilter;
import kaohe.supervision.chase.query.ChaseQueries;
import kaohe.supervision.chase.query.ChaseView;
import kaohe.supervision.event.ChaseSubject;
import kaohe.supervision.web.PlanIds;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import static kaohe.supervision.chase.web.ChaseAccess.LIAISON;
import static kaohe.supervision.chase.web.ChaseAccess.OFFICE;
import static kaohe.supervision.chase.web.ChaseAccess.READ;

/**
 * 督办单: the office opens one to a department (立项); the department's liaison signs for it (签收) and replies
 * (反馈); the office accepts or sends back the reply (复核), closes (办结) or withdraws (撤销) it. Every transition
 * takes If-Match (the version read); every answer carries the new version as its ETag.
 */
@RestController
@RequestMapping("/api/supervision/chases")
public class ChaseController {

    private final CommandSender commands;
    private final ChaseQueries queries;
    private final ChaseAccess access;

    public ChaseController(CommandSender commands, ChaseQueries queries, ChaseAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    @PreAuthorize(OFFICE)
    public ResponseEntity<ChaseView> open(@Valid @RequestBody OpenChaseRequest request, HttpServletRequest http) {
        String chaseId = UUID.randomUUID().toString();
        var subject = request.subject();
        commands.send(new OpenChaseCommand(chaseId, request.planId(), request.department().strip(),
                new ChaseSubject(subject.kind(), subject.id(), subject.label().strip()), request.title().strip(),
                request.message().strip(), request.replyBy()));
        var view = queries.find(chaseId, Problems.localeOf(http));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/supervision/chases/" + chaseId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    /** Newest first; a liaison sees its own department's, a leader names a department they follow. */
    @GetMapping
    @PreAuthorize(READ)
    public ResponseEntity<List<ChaseView>> list(
            @RequestParam(required = false) @Pattern(regexp = PlanIds.PATTERN) String planId,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) ChaseStatus status,
            @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit, HttpServletRequest http) {
        var filter = access.readable(new ChaseFilter(planId, department, status, overdue));
        var page = queries.list(filter, Paging.offset(offset), Paging.limit(limit), Problems.localeOf(http));
        return Paging.page(page, limit, "offset", offset + page.size());
    }

    @GetMapping("/{chaseId}")
    @PreAuthorize(READ)
    public ResponseEntity<ChaseView> get(@PathVariable String chaseId, HttpServletRequest http) {
        var owner = queries.owner(chaseId);
        access.requireRead(owner.planId(), owner.department());
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/sign")
    @PreAuthorize(LIAISON)
    public ResponseEntity<ChaseView> sign(@PathVariable String chaseId,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                          String ifMatch, HttpServletRequest http) {
        queries.owner(chaseId);
        commands.send(new SignChaseCommand(chaseId, IfMatch.version(ifMatch), CurrentActor.get().department()));
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/replies")
    @PreAuthorize(LIAISON)
    public ResponseEntity<ChaseView> reply(@PathVariable String chaseId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch,
                                           @Valid @RequestBody ReplyRequest request, HttpServletRequest http) {
        queries.owner(chaseId);
        commands.send(new ReplyToChaseCommand(chaseId, IfMatch.version(ifMatch), CurrentActor.get().department(),
                request.progress().strip(), request.evidence() == null ? List.of() : request.evidence()));
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/accept")
    @PreAuthorize(OFFICE)
    public ResponseEntity<ChaseView> accept(@PathVariable String chaseId,
                                            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch,
                                            @Valid @RequestBody(required = false) AcceptRequest request,
                                            HttpServletRequest http) {
        queries.owner(chaseId);
        String comment = request == null || request.comment() == null || request.comment().isBlank() ? null
                : request.comment().strip();
        commands.send(new AcceptChaseCommand(chaseId, IfMatch.version(ifMatch), comment));
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/send-back")
    @PreAuthorize(OFFICE)
    public ResponseEntity<ChaseView> sendBack(@PathVariable String chaseId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @Valid @RequestBody SendBackRequest request, HttpServletRequest http) {
        queries.owner(chaseId);
        commands.send(new SendBackChaseCommand(chaseId, IfMatch.version(ifMatch), request.reason(),
                request.replyBy()));
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/close")
    @PreAuthorize(OFFICE)
    public ResponseEntity<ChaseView> close(@PathVariable String chaseId,
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                           String ifMatch, HttpServletRequest http) {
        queries.owner(chaseId);
        commands.send(new CloseChaseCommand(chaseId, IfMatch.version(ifMatch)));
        return current(chaseId, http);
    }

    @PostMapping("/{chaseId}/withdraw")
    @PreAuthorize(OFFICE)
    public ResponseEntity<ChaseView> withdraw(@PathVariable String chaseId,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch,
                                              @Valid @RequestBody WithdrawRequest request, HttpServletRequest http) {
        queries.owner(chaseId);
        commands.send(new WithdrawChaseCommand(chaseId, IfMatch.version(ifMatch), request.reason()));
        return current(chaseId, http);
    }

    private ResponseEntity<ChaseView> current(String chaseId, HttpServletRequest http) {
        var view = queries.find(chaseId, Problems.localeOf(http));
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
