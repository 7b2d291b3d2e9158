package kaohe.indicator.plan.web;

import jakarta.validation.Valid;
import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.indicator.query.DepartmentIndicators;
import kaohe.indicator.indicator.query.IndicatorFilter;
import kaohe.indicator.indicator.query.IndicatorQueries;
import kaohe.indicator.indicator.query.IndicatorView;
import kaohe.indicator.plan.command.DefinePlanCommand;
import kaohe.indicator.plan.command.DesignateLiaisonCommand;
import kaohe.indicator.plan.command.LinkLeaderAccountCommand;
import kaohe.indicator.plan.command.RegisterDepartmentCommand;
import kaohe.indicator.plan.command.RegisterLeaderCommand;
import kaohe.indicator.plan.query.LiaisonRegisterEntry;
import kaohe.indicator.plan.query.PlanQueries;
import kaohe.indicator.plan.query.PlanView;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.Refusal;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.history.HistoryEntry;
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

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static kaohe.indicator.access.IndicatorAccess.READ;
import static kaohe.indicator.access.IndicatorAccess.WRITE;

/** Assessment plans (年度考核计划), their departments, leaders and liaison register, and their indicators. */
@RestController
@RequestMapping("/api/indicator/plans")
public class PlanController {

    private final CommandSender commands;
    private final PlanQueries plans;
    private final IndicatorQueries indicators;
    private final AggregateHistory history;
    private final BusinessDay businessDay;

    public PlanController(CommandSender commands, PlanQueries plans, IndicatorQueries indicators,
                          AggregateHistory history, BusinessDay businessDay) {
        this.commands = commands;
        this.plans = plans;
        this.indicators = indicators;
        this.history = history;
        this.businessDay = businessDay;
    }

    @PostMapping
    @PreAuthorize(WRITE)
    public ResponseEntity<PlanView> define(@Valid @RequestBody DefinePlanRequest request) {
        String planId = request.planId() != null ? request.planId() : "plan-" + request.year();
        commands.send(new DefinePlanCommand(planId, request.year(), request.title().strip(),
                request.issuingBody(), request.documentNumber(), request.issuedOn(), request.liaisonDueOn()));
        if (request.departments() != null) {
            request.departments().stream().map(String::strip).distinct()
                    .forEach(department -> commands.send(new RegisterDepartmentCommand(planId, department)));
        }
        if (request.leaders() != null) {
            request.leaders().stream().map(String::strip).distinct()
                    .forEach(leader -> commands.send(new RegisterLeaderCommand(planId, leader)));
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/indicator/plans/" + planId))
                .body(plans.find(planId));
    }

    @GetMapping
    @PreAuthorize(READ)
    public List<PlanView> list() {
        return plans.findAll();
    }

    @GetMapping("/{planId}")
    @PreAuthorize(READ)
    public PlanView get(@PathVariable String planId) {
        return plans.find(planId);
    }

    @GetMapping("/{planId}/history")
    @PreAuthorize(READ)
    public List<HistoryEntry> planHistory(@PathVariable String planId) {
        plans.find(planId);
        return history.of(planId);
    }

    @PostMapping("/{planId}/departments")
    @PreAuthorize(WRITE)
    public ResponseEntity<PlanView> registerDepartment(@PathVariable String planId,
                                                       @Valid @RequestBody NameRequest request) {
        plans.find(planId);
        commands.send(new RegisterDepartmentCommand(planId, request.name().strip()));
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.find(planId));
    }

    @PostMapping("/{planId}/leaders")
    @PreAuthorize(WRITE)
    public ResponseEntity<PlanView> registerLeader(@PathVariable String planId,
                                                   @Valid @RequestBody LeaderRequest request) {
        plans.find(planId);
        commands.send(new RegisterLeaderCommand(planId, request.name().strip(), request.userId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(plans.find(planId));
    }

    /** Which account a leader signs in with: how a leader registered by name only (an import) comes to see. */
    @PutMapping("/{planId}/leaders/{leader}/account")
    @PreAuthorize(WRITE)
    public PlanView linkLeaderAccount(@PathVariable String planId, @PathVariable String leader,
                                      @Valid @RequestBody LeaderAccountRequest request) {
        plans.find(planId);
        commands.send(new LinkLeaderAccountCommand(planId, leader, request.userId()));
        return plans.find(planId);
    }

    @PutMapping("/{planId}/liaisons/{department}")
    @PreAuthorize(WRITE)
    public List<LiaisonRegisterEntry> designateLiaison(@PathVariable String planId, @PathVariable String department,
                                                       @Valid @RequestBody DesignateLiaisonRequest request) {
        plans.find(planId);
        LocalDate today = businessDay.today();
        LocalDate designatedOn = request.designatedOn() != null ? request.designatedOn() : today;
        if (designatedOn.isAfter(today)) {
            throw Refusal.invalidField("designatedOn", "designated-in-future", designatedOn, today);
        }
        commands.send(new DesignateLiaisonCommand(planId, department, request.liaisonName().strip(),
                request.phone(), designatedOn));
        return plans.liaisonRegister(planId, today);
    }

    @GetMapping("/{planId}/liaisons")
    @PreAuthorize(READ)
    public List<LiaisonRegisterEntry> liaisonRegister(@PathVariable String planId) {
        return plans.liaisonRegister(planId, businessDay.today());
    }

    @GetMapping("/{planId}/indicators")
    @PreAuthorize(READ)
    public List<IndicatorView> indicators(@PathVariable String planId,
                                          @RequestParam(required = false) IndicatorKind kind,
                                          @RequestParam(required = false) String department,
                                          @RequestParam(required = false) String leader,
                                          @RequestParam(defaultValue = "false") boolean includeWithdrawn) {
        plans.find(planId);
        return indicators.findByPlan(planId, new IndicatorFilter(kind, department, leader, includeWithdrawn));
    }

    @GetMapping("/{planId}/departments/{department}/indicators")
    @PreAuthorize(READ)
    public DepartmentIndicators departmentIndicators(@PathVariable String planId, @PathVariable String department) {
        var plan = plans.find(planId);
        if (!plan.departments().contains(department)) {
            throw Refusal.notFound("department-not-found", department);
        }
        return indicators.findByDepartment(planId, department);
    }
}
