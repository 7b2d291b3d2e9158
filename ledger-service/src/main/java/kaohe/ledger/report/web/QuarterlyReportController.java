package kaohe.ledger.report.web;

import jakarta.validation.Valid;
import kaohe.ledger.access.LedgerAccess;
import kaohe.ledger.calendar.PeriodIds;
import kaohe.ledger.calendar.Quarter;
import kaohe.ledger.report.command.AcceptQuarterlyReportCommand;
import kaohe.ledger.report.command.ApproveReportCorrectionCommand;
import kaohe.ledger.report.command.DraftQuarterlyReportCommand;
import kaohe.ledger.report.command.RefuseReportCorrectionCommand;
import kaohe.ledger.report.command.RequestReportCorrectionCommand;
import kaohe.ledger.report.command.ReturnQuarterlyReportCommand;
import kaohe.ledger.report.command.ReviseQuarterlyReportCommand;
import kaohe.ledger.report.command.SubmitQuarterlyReportCommand;
import kaohe.ledger.report.query.QuarterlyReportQueries;
import kaohe.ledger.report.query.ReportBoard;
import kaohe.ledger.report.query.ReportView;
import kaohe.ledger.web.Inputs;
import kaohe.ledger.web.ReasonRequest;
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
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static kaohe.ledger.access.LedgerAccess.READ;
import static kaohe.ledger.access.LedgerAccess.REVIEW;
import static kaohe.ledger.access.LedgerAccess.WRITE;

/** Quarterly reports (每季度末书面报办公室): written by the department, returned or accepted by the office. */
@RestController
@RequestMapping("/api/ledger")
public class QuarterlyReportController {


    private final CommandSender commands;
    private final QuarterlyReportQueries queries;
    private final AggregateHistory history;
    private final LedgerAccess access;

    public QuarterlyReportController(CommandSender commands, QuarterlyReportQueries queries,
                                     AggregateHistory history, LedgerAccess access) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.access = access;
    }

    @PostMapping("/reports")
    @PreAuthorize(WRITE)
    public ResponseEntity<ReportView> draft(@Valid @RequestBody DraftReportRequest request) {
        String department = request.department().strip();
        access.requireWrite(department);
        String reportId = PeriodIds.quarterlyReport(request.planId(), department, request.quarter());
        commands.send(new DraftQuarterlyReportCommand(reportId, request.planId(), department, request.quarter(),
                Inputs.text(request.narrative()), evidence(request.evidence())));
        var view = queries.find(reportId);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/ledger/reports/" + reportId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping("/reports/{reportId}")
    @PreAuthorize(READ)
    public ResponseEntity<ReportView> get(@PathVariable String reportId) {
        var view = queries.find(reportId);
        access.requireRead(view.planId(), view.department());
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    /** One department's reports of a plan, by quarter: for whoever reads that department (a leader following it). */
    @GetMapping("/reports")
    @PreAuthorize(READ)
    public List<ReportView> ofDepartment(@RequestParam String planId, @RequestParam String department) {
        access.requireRead(planId, department);
        return queries.ofDepartment(planId, department);
    }

    /** The office's board for one quarter: every department's report state, rounds and lateness. */
    @GetMapping("/reports/board")
    @PreAuthorize(READ)
    public ReportBoard board(@RequestParam String planId, @RequestParam String quarter) {
        access.requireReadAll();
        return queries.board(planId, Quarter.parse(quarter));
    }

    @PutMapping("/reports/{reportId}")
    @PreAuthorize(WRITE)
    public ResponseEntity<ReportView> revise(@PathVariable String reportId,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch,
                                             @Valid @RequestBody ReportContentRequest request) {
        writable(reportId);
        commands.send(new ReviseQuarterlyReportCommand(reportId, IfMatch.version(ifMatch),
                Inputs.text(request.narrative()), evidence(request.evidence())));
        return current(reportId);
    }

    @PostMapping("/reports/{reportId}/submission")
    @PreAuthorize(WRITE)
    public ResponseEntity<ReportView> submit(@PathVariable String reportId,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        writable(reportId);
        commands.send(new SubmitQuarterlyReportCommand(reportId, IfMatch.version(ifMatch)));
        return current(reportId);
    }

    @PostMapping("/reports/{reportId}/return")
    @PreAuthorize(REVIEW)
    public ResponseEntity<ReportView> returnForRevision(@PathVariable String reportId,
                                                        @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                required = false) String ifMatch,
                                                        @Valid @RequestBody ReasonRequest request) {
        queries.department(reportId);
        commands.send(new ReturnQuarterlyReportCommand(reportId, IfMatch.version(ifMatch), request.reason()));
        return current(reportId);
    }

    @PostMapping("/reports/{reportId}/acceptance")
    @PreAuthorize(REVIEW)
    public ResponseEntity<ReportView> accept(@PathVariable String reportId,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch) {
        queries.department(reportId);
        commands.send(new AcceptQuarterlyReportCommand(reportId, IfMatch.version(ifMatch)));
        return current(reportId);
    }

    @PostMapping("/reports/{reportId}/corrections")
    @PreAuthorize(WRITE)
    public ResponseEntity<ReportView> requestCorrection(@PathVariable String reportId,
                                                        @Valid @RequestBody CorrectionRequest request) {
        writable(reportId);
        String correctionId = UUID.randomUUID().toString();
        commands.send(new RequestReportCorrectionCommand(reportId, correctionId, Inputs.text(request.narrative()),
                evidence(request.evidence()), request.reason()));
        var view = queries.find(reportId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/ledger/reports/" + reportId + "/corrections/" + correctionId))
                .eTag(IfMatch.etag(view.version())).body(view);
    }

    @PostMapping("/reports/{reportId}/corrections/{correctionId}/approval")
    @PreAuthorize(REVIEW)
    public ResponseEntity<ReportView> approveCorrection(@PathVariable String reportId,
                                                        @PathVariable String correctionId,
                                                        @Valid @RequestBody ReasonRequest request) {
        queries.department(reportId);
        commands.send(new ApproveReportCorrectionCommand(reportId, correctionId, request.reason()));
        return current(reportId);
    }

    @PostMapping("/reports/{reportId}/corrections/{correctionId}/refusal")
    @PreAuthorize(REVIEW)
    public ResponseEntity<ReportView> refuseCorrection(@PathVariable String reportId,
                                                       @PathVariable String correctionId,
                                                       @Valid @RequestBody ReasonRequest request) {
        queries.department(reportId);
        commands.send(new RefuseReportCorrectionCommand(reportId, correctionId, request.reason()));
        return current(reportId);
    }

    @GetMapping("/reports/{reportId}/history")
    @PreAuthorize(READ)
    public List<HistoryEntry> history(@PathVariable String reportId) {
        var report = queries.find(reportId);
        access.requireRead(report.planId(), report.department());
        return history.of(reportId);
    }

    private static List<String> evidence(List<String> ids) {
        List<String> evidence = Inputs.list(ids);
        if (new HashSet<>(evidence).size() != evidence.size()) {
            throw Refusal.invalidField("evidence", "duplicate-evidence");
        }
        return evidence;
    }

    private void writable(String reportId) {
        access.requireWrite(queries.department(reportId));
    }

    private ResponseEntity<ReportView> current(String reportId) {
        var view = queries.find(reportId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
