package kaohe.ledger.check.web;

import jakarta.validation.Valid;
import kaohe.ledger.access.LedgerAccess;
import kaohe.ledger.calendar.PeriodIds;
import kaohe.ledger.check.command.CloseGapCommand;
import kaohe.ledger.check.command.OpenMonthlyCheckCommand;
import kaohe.ledger.check.command.RecordGapCommand;
import kaohe.ledger.check.command.RecordTaskProgressCommand;
import kaohe.ledger.check.command.SubmitMonthlyCheckCommand;
import kaohe.ledger.check.command.WriteMonthlySummaryCommand;
import kaohe.ledger.check.query.CheckCalendar;
import kaohe.ledger.check.query.CheckCalendarQuery;
import kaohe.ledger.check.query.GapView;
import kaohe.ledger.check.query.MonthlyCheckQueries;
import kaohe.ledger.check.query.MonthlyCheckView;
import kaohe.ledger.web.Inputs;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.Refusal;
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
import java.util.Set;
import java.util.UUID;

import static kaohe.ledger.access.LedgerAccess.READ;
import static kaohe.ledger.access.LedgerAccess.WRITE;

/** Monthly checks (每月查漏补缺，做好小结): progress per task, gaps, summary, submission with lateness. */
@RestController
@RequestMapping("/api/ledger")
public class MonthlyCheckController {

    private static final Set<String> GAP_STATES = Set.of("OPEN", "OVERDUE", "CLOSED");

    private final CommandSender commands;
    private final MonthlyCheckQueries queries;
    private final AggregateHistory history;
    private final LedgerAccess access;
    private final CheckCalendarQuery calendar;

    public MonthlyCheckController(CommandSender commands, MonthlyCheckQueries queries, AggregateHistory history,
                                  LedgerAccess access, CheckCalendarQuery calendar) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.calendar = calendar;
    }

    @PostMapping("/checks")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> open(@Valid @RequestBody OpenCheckRequest request) {
        String department = request.department().strip();
        access.requireWrite(department);
        String checkId = PeriodIds.monthlyCheck(request.planId(), department, request.month());
        commands.send(new OpenMonthlyCheckCommand(checkId, request.planId(), department, request.month()));
        var view = queries.find(checkId);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/ledger/checks/" + checkId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    /** Each month's due date and whether it has begun: the same rule the checks' lateness is judged by. */
    @GetMapping("/checks/calendar")
    @PreAuthorize(READ)
    public CheckCalendar calendar(@RequestParam String planId) {
        return calendar.of(planId.strip());
    }

    @GetMapping("/checks/{checkId}")
    @PreAuthorize(READ)
    public ResponseEntity<MonthlyCheckView> get(@PathVariable String checkId) {
        var view = queries.find(checkId);
        access.requireRead(view.planId(), view.department());
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** Checks of one department, or of all departments for those who read everything. */
    @GetMapping("/checks")
    @PreAuthorize(READ)
    public List<MonthlyCheckView> list(@RequestParam String planId,
                                       @RequestParam(required = false) String department) {
        requireReadScope(planId, department);
        return queries.list(planId, Inputs.text(department));
    }

    @PutMapping("/checks/{checkId}/progress/{taskId}")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> recordProgress(@PathVariable String checkId, @PathVariable String taskId,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                   required = false) String ifMatch,
                                                           @Valid @RequestBody ProgressRequest request) {
        writable(checkId);
        commands.send(new RecordTaskProgressCommand(checkId, IfMatch.version(ifMatch), taskId,
                Inputs.decimal(request.actualValue()), Inputs.text(request.unit()), request.status(),
                Inputs.text(request.note())));
        return current(checkId);
    }

    @PostMapping("/checks/{checkId}/gaps")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> recordGap(@PathVariable String checkId,
                                                      @Valid @RequestBody GapRequest request) {
        writable(checkId);
        String gapId = UUID.randomUUID().toString();
        commands.send(new RecordGapCommand(checkId, gapId, Inputs.text(request.taskId()),
                request.description().strip(), request.owner().strip(), request.fixBy()));
        var view = queries.find(checkId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/ledger/checks/" + checkId + "/gaps/" + gapId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/checks/{checkId}/gaps/{gapId}/closure")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> closeGap(@PathVariable String checkId, @PathVariable String gapId,
                                                     @Valid @RequestBody GapClosureRequest request) {
        writable(checkId);
        commands.send(new CloseGapCommand(checkId, gapId, request.resolution().strip()));
        return current(checkId);
    }

    @PutMapping("/checks/{checkId}/summary")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> writeSummary(@PathVariable String checkId,
                                                         @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                 required = false) String ifMatch,
                                                         @Valid @RequestBody SummaryRequest request) {
        writable(checkId);
        commands.send(new WriteMonthlySummaryCommand(checkId, IfMatch.version(ifMatch), request.summary().strip()));
        return current(checkId);
    }

    @PostMapping("/checks/{checkId}/submission")
    @PreAuthorize(WRITE)
    public ResponseEntity<MonthlyCheckView> submit(@PathVariable String checkId,
                                                   @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                   String ifMatch) {
        writable(checkId);
        commands.send(new SubmitMonthlyCheckCommand(checkId, IfMatch.version(ifMatch)));
        return current(checkId);
    }

    @GetMapping("/checks/{checkId}/history")
    @PreAuthorize(READ)
    public List<HistoryEntry> history(@PathVariable String checkId) {
        var check = queries.find(checkId);
        access.requireRead(check.planId(), check.department());
        return history.of(checkId);
    }

    /** Open and overdue gaps (state OPEN includes the overdue ones). */
    @GetMapping("/gaps")
    @PreAuthorize(READ)
    public List<GapView> gaps(@RequestParam String planId, @RequestParam(required = false) String department,
                              @RequestParam(required = false) String state) {
        requireReadScope(planId, department);
        if (state != null && !GAP_STATES.contains(state)) {
            throw Refusal.invalidField("state", "unknown-value", "state", state);
        }
        return queries.gaps(planId, Inputs.text(department), state);
    }

    private void requireReadScope(String planId, String department) {
        if (department == null || department.isBlank()) {
            access.requireReadAll();
        } else {
            access.requireRead(planId, department.strip());
        }
    }

    private void writable(String checkId) {
        access.requireWrite(queries.department(checkId));
    }

    private ResponseEntity<MonthlyCheckView> current(String checkId) {
        var view = queries.find(checkId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
