package kaohe.indicator.importing;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;
import kaohe.indicator.indicator.command.DefineIndicatorCommand;
import kaohe.indicator.indicator.command.IndicatorIds;
import kaohe.indicator.plan.command.DefinePlanCommand;
import kaohe.indicator.plan.command.RegisterDepartmentCommand;
import kaohe.indicator.plan.command.RegisterLeaderCommand;
import kaohe.indicator.plan.query.PlanProjection;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.Refusal;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a decomposition table: first a dry run that shows what was found, then a commit that issues the
 * commands for what is new. Ids follow from plan and code, so committing the same table again changes nothing.
 */
@Component
public class DecompositionImport {

    private final ImportLimits limits;
    private final DecompositionTableReader reader;
    private final PlanHeaderParser headerParser = new PlanHeaderParser();
    private final CommandSender commands;
    private final PlanProjection plans;
    private final JdbcTemplate jdbc;

    public DecompositionImport(ImportLimits limits, CommandSender commands, PlanProjection plans, JdbcTemplate jdbc) {
        this.limits = limits;
        this.reader = new DecompositionTableReader(limits);
        this.commands = commands;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    public ImportReport dryRun(byte[] file, String givenPlanId, PlanHeader given) {
        return report(file, givenPlanId, given);
    }

    public ImportReport commit(byte[] file, String givenPlanId, PlanHeader given) {
        var preview = dryRun(file, givenPlanId, given);
        if (!preview.problems().isEmpty() || preview.total() == 0) {
            throw Refusal.unprocessable("import-has-problems", preview.problems().size());
        }
        if (!preview.planExists() && (preview.plan().year() == null || preview.plan().title() == null)) {
            throw Refusal.invalidField("year", "import-needs-plan", preview.planId());
        }
        String planId = preview.planId();
        if (!preview.planExists()) {
            var plan = preview.plan();
            ignoringAlreadyDone(() -> commands.send(new DefinePlanCommand(planId, plan.year(), plan.title(),
                    plan.issuingBody(), plan.documentNumber(), plan.issuedOn(), plan.liaisonDueOn())));
        }
        preview.departments().stream().filter(department -> !plans.departmentRegistered(planId, department))
                .forEach(department -> ignoringAlreadyDone(
                        () -> commands.send(new RegisterDepartmentCommand(planId, department))));
        preview.leaders().stream().filter(leader -> !plans.leaderRegistered(planId, leader))
                .forEach(leader -> ignoringAlreadyDone(() -> commands.send(new RegisterLeaderCommand(planId, leader))));
        int created = 0;
        for (ImportedIndicator row : preview.indicators()) {
            if (row.status() == ImportedIndicator.Status.NEW && define(planId, row)) {
                created++;
            }
        }
        // what the preview called NEW and a concurrent commit defined first counts as unchanged
        return new ImportReport(true, planId, true, preview.plan(), preview.counts(), preview.total(),
                preview.departments(), preview.leaders(), preview.indicators(), preview.problems(), created,
                preview.total() - created);
    }

    private boolean define(String planId, ImportedIndicator row) {
        var parsed = row.parsed();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < parsed.targets().size(); i++) {
            var proposed = parsed.targets().get(i);
            targets.add(new Target("T" + (i + 1), proposed.value(), proposed.unit(), proposed.subject()));
        }
        try {
            commands.send(new DefineIndicatorCommand(row.indicatorId(), planId, parsed.kind(), parsed.code(),
                    parsed.category(), parsed.text(), parsed.provincial(), targets, parsed.leadDepartments(),
                    parsed.cooperatingDepartments(), parsed.allDepartmentsCooperate(), parsed.leaders(),
                    parsed.cityLeadUnit()));
            return true;
        } catch (AggregateStreamCreationException definedMeanwhile) {
            return false;
        }
    }

    /** A concurrent commit of the same table may get there first; what it did is what we wanted. */
    private static void ignoringAlreadyDone(Runnable command) {
        try {
            command.run();
        } catch (AggregateStreamCreationException definedMeanwhile) {
            // the plan exists now: fine
        } catch (Refusal refusal) {
            if (refusal.kind() != Refusal.Kind.CONFLICT) {
                throw refusal;
            }
        }
    }

    /** Reading the file is the part an uploader controls: it runs within the limits or is refused. */
    private ImportReport report(byte[] file, String givenPlanId, PlanHeader given) {
        DecompositionTable table;
        PlanHeader header;
        try {
            ImportBudget budget = limits.budget();
            table = reader.read(file, budget);
            header = headerParser.read(file, budget).overriddenBy(given);
        } catch (FileTooComplexException tooComplex) {
            throw Refusal.unprocessable("file-too-complex", tooComplex.getMessage());
        }
        String planId = givenPlanId != null ? givenPlanId : header.year() != null ? "plan-" + header.year() : null;
        if (planId == null) {
            throw Refusal.invalidField("year", "import-needs-plan", "?");
        }
        Set<String> departments = new LinkedHashSet<>();
        Set<String> leaders = new LinkedHashSet<>();
        Map<IndicatorKind, Integer> counts = new EnumMap<>(IndicatorKind.class);
        List<ImportedIndicator> rows = new ArrayList<>();
        Set<String> existing = Set.copyOf(jdbc.queryForList(
                "SELECT indicator_id FROM indicator_view WHERE plan_id = ?", String.class, planId));
        for (ParsedIndicator parsed : table.indicators()) {
            departments.addAll(parsed.leadDepartments());
            departments.addAll(parsed.cooperatingDepartments());
            leaders.addAll(parsed.leaders());
            counts.merge(parsed.kind(), 1, Integer::sum);
            String id = IndicatorIds.of(planId, parsed.code());
            rows.add(new ImportedIndicator(id, existing.contains(id)
                    ? ImportedIndicator.Status.EXISTS : ImportedIndicator.Status.NEW, parsed));
        }
        int unchanged = (int) rows.stream().filter(row -> row.status() == ImportedIndicator.Status.EXISTS).count();
        return new ImportReport(false, planId, plans.planExists(planId), header, counts, rows.size(),
                List.copyOf(departments), List.copyOf(leaders), rows, table.problems(), 0, unchanged);
    }
}
