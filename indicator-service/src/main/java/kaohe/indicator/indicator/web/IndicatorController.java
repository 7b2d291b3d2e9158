package kaohe.indicator.indicator.web;

import jakarta.validation.Valid;
import kaohe.indicator.indicator.command.AssignDepartmentsCommand;
import kaohe.indicator.indicator.command.AssignLeadersCommand;
import kaohe.indicator.indicator.command.DefineIndicatorCommand;
import kaohe.indicator.indicator.command.IndicatorIds;
import kaohe.indicator.indicator.command.ReviseIndicatorTargetCommand;
import kaohe.indicator.indicator.command.ReviseIndicatorTextCommand;
import kaohe.indicator.indicator.command.WithdrawIndicatorCommand;
import kaohe.indicator.event.Target;
import kaohe.indicator.indicator.query.IndicatorQueries;
import kaohe.indicator.indicator.query.IndicatorView;
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
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Objects;

import static kaohe.indicator.access.IndicatorAccess.READ;
import static kaohe.indicator.access.IndicatorAccess.WRITE;

/** Indicators (考核指标): defined and revised by the office, read by everyone, history for auditors. */
@RestController
@RequestMapping("/api/indicator/indicators")
public class IndicatorController {


    private final CommandSender commands;
    private final IndicatorQueries queries;
    private final AggregateHistory history;

    public IndicatorController(CommandSender commands, IndicatorQueries queries, AggregateHistory history) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> define(@Valid @RequestBody DefineIndicatorRequest request) {
        String indicatorId = IndicatorIds.of(request.planId(), request.code().strip());
        commands.send(new DefineIndicatorCommand(indicatorId, request.planId(), request.kind(), request.code().strip(),
                strip(request.category()), request.text().strip(), request.provincial(),
                orEmpty(request.targets()).stream().map(TargetRequest::toTarget).toList(),
                names(request.leadDepartments()), names(request.cooperatingDepartments()),
                request.allDepartmentsCooperate(), names(request.leaders()), strip(request.cityLeadUnit())));
        var view = queries.find(indicatorId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/indicator/indicators/" + indicatorId))
                .eTag(IfMatch.etag(view.version()))
                .body(view);
    }

    @GetMapping("/{indicatorId}")
    @PreAuthorize(READ)
    public ResponseEntity<IndicatorView> get(@PathVariable String indicatorId) {
        return current(indicatorId);
    }

    @PutMapping("/{indicatorId}/text")
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> reviseText(@PathVariable String indicatorId,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch,
                                                    @Valid @RequestBody ReviseTextRequest request) {
        commands.send(new ReviseIndicatorTextCommand(indicatorId, IfMatch.version(ifMatch), request.text().strip(),
                request.reason()));
        return current(indicatorId);
    }

    @PutMapping("/{indicatorId}/targets/{key}")
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> reviseTarget(@PathVariable String indicatorId,
                                                      @PathVariable @jakarta.validation.constraints.Pattern(
                                                              regexp = "T[1-9][0-9]?") String key,
                                                      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                      String ifMatch,
                                                      @Valid @RequestBody ReviseTargetRequest request) {
        var target = new Target(key, request.value().stripTrailingZeros(), request.unit().strip(),
                strip(request.subject()));
        commands.send(new ReviseIndicatorTargetCommand(indicatorId, IfMatch.version(ifMatch), target,
                request.reason()));
        return current(indicatorId);
    }

    @PutMapping("/{indicatorId}/departments")
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> assignDepartments(@PathVariable String indicatorId,
                                                           @RequestHeader(value = HttpHeaders.IF_MATCH,
                                                                   required = false) String ifMatch,
                                                           @Valid @RequestBody AssignDepartmentsRequest request) {
        commands.send(new AssignDepartmentsCommand(indicatorId, IfMatch.version(ifMatch),
                names(request.leadDepartments()), names(request.cooperatingDepartments()),
                request.allDepartmentsCooperate(), request.reason()));
        return current(indicatorId);
    }

    @PutMapping("/{indicatorId}/leaders")
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> assignLeaders(@PathVariable String indicatorId,
                                                       @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                       String ifMatch,
                                                       @Valid @RequestBody AssignLeadersRequest request) {
        commands.send(new AssignLeadersCommand(indicatorId, IfMatch.version(ifMatch), names(request.leaders()),
                request.reason()));
        return current(indicatorId);
    }

    @PostMapping("/{indicatorId}/withdrawal")
    @PreAuthorize(WRITE)
    public ResponseEntity<IndicatorView> withdraw(@PathVariable String indicatorId,
                                                  @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  @Valid @RequestBody WithdrawRequest request) {
        commands.send(new WithdrawIndicatorCommand(indicatorId, IfMatch.version(ifMatch), request.reason()));
        return current(indicatorId);
    }

    @GetMapping("/{indicatorId}/history")
    @PreAuthorize(READ)
    public List<HistoryEntry> history(@PathVariable String indicatorId) {
        queries.find(indicatorId);
        return history.of(indicatorId);
    }

    private ResponseEntity<IndicatorView> current(String indicatorId) {
        var view = queries.find(indicatorId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    private static List<String> names(List<String> names) {
        return orEmpty(names).stream().map(String::strip).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
