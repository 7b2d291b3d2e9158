package kaohe.ledger.task.web;

import jakarta.validation.Valid;
import kaohe.ledger.access.LedgerAccess;
import kaohe.ledger.event.Define;
import kaohe.ledger.task.command.ApproveExtensionCommand;
import kaohe.ledger.task.command.ApproveLedgerTaskCommand;
import kaohe.ledger.task.command.ConfirmContributionCommand;
import kaohe.ledger.task.command.DraftLedgerTaskCommand;
import kaohe.ledger.task.command.RefuseExtensionCommand;
import kaohe.ledger.task.command.RequestExtensionCommand;
import kaohe.ledger.task.command.ReturnLedgerTaskCommand;
import kaohe.ledger.task.command.ReviseTaskDefinesCommand;
import kaohe.ledger.task.command.SubmitLedgerTaskCommand;
import kaohe.ledger.task.query.CoSignTask;
import kaohe.ledger.task.query.DefineChange;
import kaohe.ledger.task.query.DepartmentLedger;
import kaohe.ledger.task.query.LedgerTaskQueries;
import kaohe.ledger.task.query.LedgerTaskView;
import kaohe.ledger.task.query.TaskDefineHistory;
import kaohe.ledger.web.ReasonRequest;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.command.CommandSender;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.history.HistoryEntry;
import kaohe.platform.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static kaohe.ledger.access.LedgerAccess.CO_SIGN;
import static kaohe.ledger.access.LedgerAccess.READ;
import static kaohe.ledger.access.LedgerAccess.REVIEW;
import static kaohe.ledger.access.LedgerAccess.WRITE;

/** Ledger tasks under the six defines (六定): kept by the department's liaison, reviewed by the office. */
@RestController
@RequestMapping("/api/ledger")
public class LedgerTaskController {


    private final CommandSender commands;
    private final LedgerTaskQueries queries;
    private final TaskDefineHistory defineHistory;
    private final AggregateHistory history;
    private final LedgerAccess access;

    public LedgerTaskController(CommandSender commands, LedgerTaskQueries queries, TaskDefineHistory defineHistory,
                                AggregateHistory history, LedgerAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.defineHistory = defineHistory;
        this.history = history;
        this.access = access;
    }

    @PostMapping("/tasks")
    @PreAuthorize(WRITE)
    public ResponseEntity<LedgerTaskView> draft(@Valid @RequestBody DraftTaskRequest request) {
        String department = request.department().strip();
        access.requireWrite(department);
        String taskId = UUID.randomUUID().toString();
        commands.send(new DraftLedgerTaskCommand(taskId, request.planId().strip(), request.indicatorId().strip(),
                department, request.title().strip(), request.defines().toDefines()));
        var view = queries.find(taskId);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/ledger/tasks/" + taskId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/tasks/{taskId}")
    @PreAuthorize(READ)
    public ResponseEntity<LedgerTaskView> get(@PathVariable String taskId) {
        var view = readable(taskId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/ledgers")
    @PreAuthorize(READ)
    public DepartmentLedger ledger(@RequestParam String planId, @RequestParam String department) {
        access.requireRead(planId, department);
        return queries.ledger(planId, department);
    }

    @PutMapping("/tasks/{taskId}/defines")
    @PreAuthorize(WRITE)
    public ResponseEntity<LedgerTaskView> revise(@PathVariable String taskId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody ReviseDefinesRequest request) {
        writable(taskId);
        commands.send(new ReviseTaskDefinesCommand(taskId, IfMatch.version(ifMatch), request.defines().toDefines(),
                request.reason()));
        return current(taskId);
    }

    @PostMapping("/tasks/{taskId}/submission")
    @PreAuthorize(WRITE)
    public ResponseEntity<LedgerTaskView> submit(@PathVariable String taskId,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch) {
        writable(taskId);
        commands.send(new SubmitLedgerTaskCommand(taskId, IfMatch.version(ifMatch)));
        return current(taskId);
    }

    @PostMapping("/tasks/{taskId}/extensions")
    @PreAuthorize(WRITE)
    public ResponseEntity<LedgerTaskView> requestExtension(@PathVariable String taskId,
                                                           @Valid @RequestBody ExtensionRequest request) {
        writable(taskId);
        String requestId = UUID.randomUUID().toString();
        commands.send(new RequestExtensionCommand(taskId, requestId, request.requestedDeadline(), request.reason()));
        var view = queries.find(taskId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/ledger/tasks/" + taskId + "/extensions/" + requestId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/tasks/{taskId}/extensions/{requestId}/approval")
    @PreAuthorize(REVIEW)
    public ResponseEntity<LedgerTaskView> approveExtension(@PathVariable String taskId,
                                                           @PathVariable String requestId,
                                                           @Valid @RequestBody ReasonRequest request) {
        return decide(taskId, new ApproveExtensionCommand(taskId, requestId, request.reason()));
    }

    @PostMapping("/tasks/{taskId}/extensions/{requestId}/refusal")
    @PreAuthorize(REVIEW)
    public ResponseEntity<LedgerTaskView> refuseExtension(@PathVariable String taskId,
                                                          @PathVariable String requestId,
                                                          @Valid @RequestBody ReasonRequest request) {
        return decide(taskId, new RefuseExtensionCommand(taskId, requestId, request.reason()));
    }

    /** The office approves the submitted six defines it read (If-Match): from now on the task counts in scoring. */
    @PostMapping("/tasks/{taskId}/approval")
    @PreAuthorize(REVIEW)
    public ResponseEntity<LedgerTaskView> approve(@PathVariable String taskId,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  @RequestBody(required = false) ApprovalRequest request) {
        boolean acceptBelowTarget = request != null && request.acceptBelowTarget();
        return decide(taskId, new ApproveLedgerTaskCommand(taskId, IfMatch.version(ifMatch), acceptBelowTarget));
    }

    /** 退回: the department revises the six defines and submits them again. */
    @PostMapping("/tasks/{taskId}/return")
    @PreAuthorize(REVIEW)
    public ResponseEntity<LedgerTaskView> returnForRevision(@PathVariable String taskId,
                                                            @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                    required = false) String ifMatch,
                                                            @Valid @RequestBody ReasonRequest request) {
        return decide(taskId, new ReturnLedgerTaskCommand(taskId, IfMatch.version(ifMatch), request.reason()));
    }

    /** The office's review list of a plan: tasks awaiting review (PENDING), approved or returned. */
    @GetMapping("/tasks")
    @PreAuthorize(READ)
    public List<LedgerTaskView> inReview(@RequestParam String planId, @RequestParam ReviewState review) {
        access.requireReadAll();
        return queries.inReview(planId, review.name());
    }

    public enum ReviewState { PENDING, APPROVED, RETURNED }

    /** 会签 by the caller's own department, which must cooperate on the task's indicator. */
    @PostMapping("/tasks/{taskId}/co-signatures")
    @PreAuthorize(CO_SIGN)
    public ResponseEntity<LedgerTaskView> coSign(@PathVariable String taskId,
                                                 @Valid @RequestBody ContributionRequest request) {
        queries.department(taskId);
        commands.send(new ConfirmContributionCommand(taskId, request.quarter().strip(),
                CurrentActor.get().department(), request.contribution()));
        return current(taskId);
    }

    /** 会签 to do: the lead tasks the department cooperates on, with the lead reports waiting for it. */
    @GetMapping("/co-signs")
    @PreAuthorize(READ)
    public List<CoSignTask> toCoSign(@RequestParam String planId, @RequestParam String department) {
        access.requireRead(planId, department);
        return queries.toCoSign(planId, department);
    }

    @GetMapping("/tasks/{taskId}/history")
    @PreAuthorize(READ)
    public List<HistoryEntry> history(@PathVariable String taskId) {
        readable(taskId);
        return history.of(taskId);
    }

    /** Every define's changes, or one define's ({@code define=QUANTITY}). */
    @GetMapping("/tasks/{taskId}/defines/history")
    @PreAuthorize(READ)
    public Map<String, Object> defineHistory(@PathVariable String taskId,
                                             @RequestParam(required = false) Define define) {
        readable(taskId);
        List<DefineChange> changes = defineHistory.of(taskId, define);
        return Map.of("taskId", taskId, "changes", changes);
    }

    private LedgerTaskView readable(String taskId) {
        var view = queries.find(taskId);
        access.requireReadTask(view.department(), view.indicatorId());
        return view;
    }

    private void writable(String taskId) {
        access.requireWrite(queries.department(taskId));
    }

    /** One of the office's decisions on an existing task, answered with the task as it is now. */
    private ResponseEntity<LedgerTaskView> decide(String taskId, Object command) {
        queries.department(taskId);
        commands.send(command);
        return current(taskId);
    }

    private ResponseEntity<LedgerTaskView> current(String taskId) {
        var view = queries.find(taskId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
