package kaohe.scoring.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.evidence.event.EvidenceArchivedEvent;
import kaohe.evidence.event.EvidenceLinkedEvent;
import kaohe.evidence.event.EvidenceUploadedEvent;
import kaohe.evidence.event.EvidenceWithdrawnEvent;
import kaohe.indicator.event.AssessmentPlanDefinedEvent;
import kaohe.indicator.event.DepartmentRegisteredEvent;
import kaohe.indicator.event.IndicatorDefinedEvent;
import kaohe.indicator.event.IndicatorDepartmentsAssignedEvent;
import kaohe.indicator.event.IndicatorLeadersAssignedEvent;
import kaohe.indicator.event.IndicatorTargetRevisedEvent;
import kaohe.indicator.event.IndicatorTextRevisedEvent;
import kaohe.indicator.event.IndicatorWithdrawnEvent;
import kaohe.indicator.event.LeaderAccountLinkedEvent;
import kaohe.indicator.event.LeaderRegisteredEvent;
import kaohe.indicator.event.LiaisonDesignatedEvent;
import kaohe.ledger.event.ContributionConfirmedEvent;
import kaohe.ledger.event.ExtensionApprovedEvent;
import kaohe.ledger.event.ExtensionRefusedEvent;
import kaohe.ledger.event.ExtensionRequestedEvent;
import kaohe.ledger.event.GapClosedEvent;
import kaohe.ledger.event.GapFoundEvent;
import kaohe.ledger.event.LedgerTaskDefinesRevisedEvent;
import kaohe.ledger.event.LedgerTaskApprovedEvent;
import kaohe.ledger.event.LedgerTaskDraftedEvent;
import kaohe.ledger.event.LedgerTaskReturnedEvent;
import kaohe.ledger.event.LedgerTaskSubmittedEvent;
import kaohe.ledger.event.MonthlyCheckOpenedEvent;
import kaohe.ledger.event.MonthlyCheckSubmittedEvent;
import kaohe.ledger.event.MonthlySummaryWrittenEvent;
import kaohe.ledger.event.QuarterlyReportAcceptedEvent;
import kaohe.ledger.event.QuarterlyReportDraftedEvent;
import kaohe.ledger.event.QuarterlyReportReturnedEvent;
import kaohe.ledger.event.QuarterlyReportRevisedEvent;
import kaohe.ledger.event.QuarterlyReportSubmittedEvent;
import kaohe.ledger.event.ReportCorrectionApprovedEvent;
import kaohe.ledger.event.ReportCorrectionRefusedEvent;
import kaohe.ledger.event.ReportCorrectionRequestedEvent;
import kaohe.ledger.event.SixDefines;
import kaohe.ledger.event.TaskProgressRecordedEvent;
import kaohe.platform.command.EventMetadata;
import kaohe.platform.publish.EventEnvelope;
import kaohe.platform.publish.EventTypeNames;
import kaohe.scoring.event.BonusPointsAwardedEvent;
import kaohe.scoring.event.BreachAppealRejectedEvent;
import kaohe.scoring.event.BreachAppealedEvent;
import kaohe.scoring.event.BreachRevokedEvent;
import kaohe.scoring.event.NegativeListBreachRecordedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEvent;
import kaohe.scoring.event.ScoringRulesAdoptedEventV2;
import kaohe.scoring.event.SupervisionScoreAssignedEvent;
import kaohe.scoring.rules.RuleSet;
import kaohe.supervision.event.ChaseAcceptedEvent;
import kaohe.supervision.event.ChaseClosedEvent;
import kaohe.supervision.event.ChaseOpenedEvent;
import kaohe.supervision.event.ChaseRepliedEvent;
import kaohe.supervision.event.ChaseSentBackEvent;
import kaohe.supervision.event.ChaseSignedEvent;
import kaohe.supervision.event.ChaseWithdrawnEvent;
import kaohe.supervision.event.ContactPreferencesSetEvent;
import kaohe.supervision.event.ReminderPolicyAdoptedEvent;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The fold of every consumed event into the facts scores are computed from. The same fold serves the live
 * projection, a rebuild and a view as of a past date, so they cannot disagree by construction of their code —
 * only by the events they saw. Not thread-safe: one owner applies events.
 */
public final class ScoringState {

    private final ObjectMapper json;
    private final Map<String, PlanFacts> plans = new LinkedHashMap<>();
    /** Which plan an indicator, task, check, report, evidence or breach belongs to. */
    private final Map<String, String> planOf = new HashMap<>();
    private final Map<String, Registered<?>> handlers = new HashMap<>();
    /** Types the fold knows and deliberately does not need: they change no score. */
    private final Set<String> ignored = new HashSet<>();
    /** One instance of each type name: a year of events refers to a handful of them a million times. */
    private final Map<String, String> typeNames = new HashMap<>();
    private long applied;

    public ScoringState(ObjectMapper json) {
        this.json = json;
        indicatorHandlers();
        ledgerHandlers();
        evidenceHandlers();
        scoringHandlers();
        supervisionHandlers();
        // who is a leader or a liaison by name, requests and refusals, texts and co-signatures: nothing a score counts
        ignoring("indicator", LeaderRegisteredEvent.class, LiaisonDesignatedEvent.class);
        ignoring("ledger", ContributionConfirmedEvent.class, ExtensionRefusedEvent.class,
                ExtensionRequestedEvent.class, MonthlySummaryWrittenEvent.class, QuarterlyReportRevisedEvent.class,
                ReportCorrectionRefusedEvent.class, ReportCorrectionRequestedEvent.class);
        ignoring("evidence", EvidenceLinkedEvent.class);
        // signing for a chase, accepting and closing it cost nothing; reminder policies and a person's contact
        // preferences are the supervision's own
        ignoring("supervision", ChaseSignedEvent.class, ChaseAcceptedEvent.class, ChaseClosedEvent.class,
                ReminderPolicyAdoptedEvent.class, ContactPreferencesSetEvent.class);
    }

    public Touched apply(EventEnvelope envelope) {
        return apply(prepare(envelope));
    }

    /** An event with its payload read into its contract record: work that needs no state, so any thread may do it. */
    public record Prepared(EventEnvelope envelope, Object payload) {
    }

    public Prepared prepare(EventEnvelope envelope) {
        var registered = handlers.get(envelope.type());
        if (registered == null) {
            return new Prepared(envelope, null);
        }
        try {
            return new Prepared(envelope, json.treeToValue(envelope.payload(), registered.type()));
        } catch (JsonProcessingException malformed) {
            throw new IllegalArgumentException("payload of " + envelope.type() + " is not a "
                    + registered.type(), malformed);
        }
    }

    public Touched apply(Prepared prepared) {
        applied++;
        var envelope = prepared.envelope();
        var registered = handlers.get(envelope.type());
        if (registered == null) {
            return Touched.NOTHING;
        }
        return registered.handle(prepared.payload(), new EventRef(envelope.eventId(), typeNames.get(envelope.type()),
                envelope.occurredAt()), envelope);
    }

    /**
     * Whether the fold decided about this wire type name, applying or ignoring it; any other type applies as
     * nothing, and the live projection reports it.
     */
    public boolean knows(String typeName) {
        return handlers.containsKey(typeName) || ignored.contains(typeName);
    }

    public long applied() {
        return applied;
    }

    public Collection<PlanFacts> plans() {
        return plans.values();
    }

    public Optional<PlanFacts> plan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    private void ignoring(String context, Class<?>... types) {
        for (Class<?> type : types) {
            ignored.add(EventTypeNames.of(context, type));
        }
    }

    private <T> void on(String context, Class<T> type, Handler<T> handler) {
        String typeName = EventTypeNames.of(context, type);
        typeNames.put(typeName, typeName);
        handlers.put(typeName, new Registered<>(type, handler));
    }

    @FunctionalInterface
    private interface Handler<T> {
        Touched handle(T event, EventRef ref, EventEnvelope envelope);
    }

    private record Registered<T>(Class<T> type, Handler<T> handler) {
        Touched handle(Object payload, EventRef ref, EventEnvelope envelope) {
            return handler.handle(type.cast(payload), ref, envelope);
        }
    }

    private PlanFacts planFacts(String planId) {
        return plans.computeIfAbsent(planId, PlanFacts::new);
    }

    /** The plan an entity belongs to, if one of its earlier events named it. */
    private Optional<PlanFacts> planOfEntity(String id) {
        return Optional.ofNullable(planOf.get(id)).map(this::planFacts);
    }

    private void indicatorHandlers() {
        on("indicator", AssessmentPlanDefinedEvent.class, (event, ref, envelope) -> {
            var plan = planFacts(event.planId());
            plan.year = event.year();
            plan.title = event.title();
            plan.issuedOn = event.issuedOn();
            return Touched.plan(event.planId());
        });
        on("indicator", DepartmentRegisteredEvent.class, (event, ref, envelope) -> {
            planFacts(event.planId()).departments.add(event.department());
            return Touched.department(event.planId(), event.department());
        });
        on("indicator", LeaderAccountLinkedEvent.class, (event, ref, envelope) -> {
            planFacts(event.planId()).leaderAccounts.put(event.leader(), event.userId());
            return Touched.noScore(event.planId());
        });
        on("indicator", IndicatorDefinedEvent.class, (event, ref, envelope) -> {
            planOf.put(event.indicatorId(), event.planId());
            var indicator = planFacts(event.planId()).indicators
                    .computeIfAbsent(event.indicatorId(), IndicatorFacts::new);
            indicator.kind = event.kind();
            indicator.code = event.code();
            indicator.text = event.text();
            indicator.targets = event.targets();
            indicator.leaders = event.leaders();
            indicator.lead = event.leadDepartments();
            indicator.cooperating = event.cooperatingDepartments();
            indicator.allCooperate = event.allDepartmentsCooperate();
            indicator.events.add(ref);
            return touchedBy(planFacts(event.planId()), event.indicatorId());
        });
        on("indicator", IndicatorTextRevisedEvent.class, (event, ref, envelope) ->
                revise(event.indicatorId(), ref, indicator -> indicator.text = event.after()));
        on("indicator", IndicatorTargetRevisedEvent.class, (event, ref, envelope) ->
                revise(event.indicatorId(), ref, indicator -> indicator.targets = indicator.targets.stream()
                        .map(target -> target.key().equals(event.after().key()) ? event.after() : target).toList()));
        on("indicator", IndicatorLeadersAssignedEvent.class, (event, ref, envelope) ->
                revise(event.indicatorId(), ref, indicator -> indicator.leaders = event.after()));
        on("indicator", IndicatorDepartmentsAssignedEvent.class, (event, ref, envelope) ->
                revise(event.indicatorId(), ref, indicator -> {
                    indicator.lead = event.lead();
                    indicator.cooperating = event.cooperating();
                    indicator.allCooperate = event.allCooperating();
                }));
        on("indicator", IndicatorWithdrawnEvent.class, (event, ref, envelope) ->
                revise(event.indicatorId(), ref, indicator -> indicator.withdrawn = true));
    }

    private Touched revise(String indicatorId, EventRef ref, Consumer<IndicatorFacts> change) {
        return planOfEntity(indicatorId).map(plan -> {
            var indicator = plan.indicators.get(indicatorId);
            change.accept(indicator);
            indicator.events.add(ref);
            return touchedBy(plan, indicatorId);
        }).orElse(Touched.NOTHING);
    }

    /**
     * What an indicator's change reaches: its progress row, and the scorecards of the departments with a task
     * under it (withdrawal drops the task) or a breach of it (the item's name) — not the whole plan.
     */
    private static Touched touchedBy(PlanFacts plan, String indicatorId) {
        Set<String> departments = new HashSet<>();
        plan.tasks.values().stream().filter(task -> indicatorId.equals(task.indicatorId) && task.department != null)
                .forEach(task -> departments.add(task.department));
        plan.breaches.values().stream().filter(breach -> indicatorId.equals(breach.indicatorId))
                .forEach(breach -> departments.add(breach.department));
        return new Touched(plan.planId, false, Set.copyOf(departments), Set.of(indicatorId));
    }

    private void ledgerHandlers() {
        on("ledger", LedgerTaskDraftedEvent.class, (event, ref, envelope) -> {
            planOf.put(event.taskId(), event.planId());
            var task = planFacts(event.planId()).tasks.computeIfAbsent(event.taskId(), TaskFacts::new);
            task.department = event.department();
            task.indicatorId = event.indicatorId();
            task.carriedAs = event.carriedAs();
            task.title = event.title();
            task.definedBy.add(ref);
            return Touched.department(event.planId(), event.department(), event.indicatorId());
        });
        // only defines the office approved are scored: a revision waits for its review, scored as approved before
        on("ledger", LedgerTaskDefinesRevisedEvent.class, (event, ref, envelope) -> task(event.taskId(), task -> {
            if (task.review == TaskFacts.Review.APPROVED) {
                task.review = TaskFacts.Review.PENDING;
            }
        }));
        on("ledger", LedgerTaskSubmittedEvent.class, (event, ref, envelope) -> task(event.taskId(), task -> {
            task.review = TaskFacts.Review.PENDING;
        }));
        on("ledger", LedgerTaskApprovedEvent.class, (event, ref, envelope) -> task(event.taskId(), task -> {
            task.review = TaskFacts.Review.APPROVED;
            task.approved = true;
            define(task, event.defines(), ref);
        }));
        on("ledger", LedgerTaskReturnedEvent.class, (event, ref, envelope) -> task(event.taskId(), task -> {
            task.review = TaskFacts.Review.RETURNED;
        }));
        on("ledger", ExtensionApprovedEvent.class, (event, ref, envelope) -> task(event.taskId(), task -> {
            task.deadline = event.after();
            task.definedBy.add(ref);
        }));
        on("ledger", MonthlyCheckOpenedEvent.class, (event, ref, envelope) -> {
            planOf.put(event.checkId(), event.planId());
            planFacts(event.planId()).checks.put(event.checkId(), new CheckFacts(event.checkId(), event.department(),
                    YearMonth.parse(event.month()), event.dueOn(), ref));
            return Touched.department(event.planId(), event.department());
        });
        on("ledger", MonthlyCheckSubmittedEvent.class, (event, ref, envelope) -> check(event.checkId(), check -> {
            check.submittedOn = event.submittedOn();
            check.daysLate = event.daysLate();
            check.submitted = ref;
        }));
        on("ledger", TaskProgressRecordedEvent.class, (event, ref, envelope) -> planOfEntity(event.checkId())
                .map(plan -> {
                    planOf.putIfAbsent(event.taskId(), plan.planId);
                    var task = plan.tasks.computeIfAbsent(event.taskId(), TaskFacts::new);
                    if (task.department == null) {
                        task.department = event.department();
                        task.indicatorId = event.indicatorId();
                    }
                    task.record(new ProgressFact(YearMonth.parse(event.month()), event.actualValue(),
                            event.status(), ref));
                    return Touched.department(plan.planId, event.department(), event.indicatorId());
                }).orElse(Touched.NOTHING));
        on("ledger", GapFoundEvent.class, (event, ref, envelope) -> planOfEntity(event.checkId()).map(plan -> {
            plan.gaps.put(event.gapId(), new GapFacts(event.gapId(), event.department(), event.taskId(),
                    event.description(), event.fixBy(), ref));
            return Touched.department(plan.planId, event.department());
        }).orElse(Touched.NOTHING));
        on("ledger", GapClosedEvent.class, (event, ref, envelope) -> planOfEntity(event.checkId()).map(plan -> {
            var gap = plan.gaps.get(event.gapId());
            if (gap == null) {
                return Touched.NOTHING;
            }
            gap.closed = ref;
            return Touched.department(plan.planId, gap.department);
        }).orElse(Touched.NOTHING));
        reportHandlers();
    }

    private void reportHandlers() {
        on("ledger", QuarterlyReportDraftedEvent.class, (event, ref, envelope) -> {
            planOf.put(event.reportId(), event.planId());
            planFacts(event.planId()).reports.put(event.reportId(), new ReportFacts(event.reportId(),
                    event.department(), event.quarter(), event.dueOn(), ref));
            return Touched.department(event.planId(), event.department());
        });
        on("ledger", QuarterlyReportSubmittedEvent.class, (event, ref, envelope) -> report(event.reportId(), r -> {
            if (r.firstSubmission == null) {
                r.firstSubmission = ref;
                r.firstSubmittedOn = event.submittedOn();
                r.daysLate = event.daysLate();
            }
            r.evidence = event.evidence();
            r.evidenceFrom = ref;
            r.returned = false;
        }));
        on("ledger", QuarterlyReportReturnedEvent.class, (event, ref, envelope) -> report(event.reportId(), r -> {
            r.returned = true;
        }));
        on("ledger", QuarterlyReportAcceptedEvent.class, (event, ref, envelope) -> report(event.reportId(), r -> {
            r.accepted = true;
        }));
        on("ledger", ReportCorrectionApprovedEvent.class, (event, ref, envelope) -> report(event.reportId(), r -> {
            r.evidence = event.evidence();
            r.evidenceFrom = ref;
        }));
    }

    private void evidenceHandlers() {
        on("evidence", EvidenceUploadedEvent.class, (event, ref, envelope) -> {
            planOf.put(event.evidenceId(), event.planId());
            planFacts(event.planId()).evidence.put(event.evidenceId(), new EvidenceFacts(event.evidenceId(),
                    event.department(), event.originalName(), event.contentType(), ref));
            return Touched.department(event.planId(), event.department());
        });
        on("evidence", EvidenceArchivedEvent.class, (event, ref, envelope) -> evidence(event.evidenceId(), e -> {
            e.archived = ref;
        }));
        on("evidence", EvidenceWithdrawnEvent.class, (event, ref, envelope) -> evidence(event.evidenceId(), e -> {
            e.withdrawn = ref;
        }));
    }

    private void scoringHandlers() {
        // versions adopted before components were a list were consumed as v1: read as v2 says them (the upcaster's
        // mapping), so a rebuild of old history scores as it did
        on("scoring", ScoringRulesAdoptedEvent.class, (event, ref, envelope) ->
                adopted(ScoringRulesAdoptedEventV2.of(event), envelope));
        on("scoring", ScoringRulesAdoptedEventV2.class, (event, ref, envelope) -> adopted(event, envelope));
        on("scoring", SupervisionScoreAssignedEvent.class, (event, ref, envelope) -> {
            planFacts(event.planId()).supervision.put(event.department() + "/" + event.quarter(),
                    new SupervisionScore(event.department(), event.quarter(), event.score(), event.comment(), ref));
            return Touched.department(event.planId(), event.department());
        });
        on("scoring", NegativeListBreachRecordedEvent.class, (event, ref, envelope) -> {
            var breach = new BreachFacts(event.breachId(), event.department(), event.indicatorId(),
                    event.occurredOn(), event.description(), event.evidence(), event.confirmedBy());
            breach.events.add(ref);
            planFacts(event.planId()).breaches.put(event.breachId(), breach);
            return Touched.department(event.planId(), event.department());
        });
        on("scoring", BreachAppealedEvent.class, (event, ref, envelope) ->
                breach(event.planId(), event.breachId(), ref, BreachFacts.State.APPEALED));
        on("scoring", BreachAppealRejectedEvent.class, (event, ref, envelope) ->
                breach(event.planId(), event.breachId(), ref, BreachFacts.State.APPEAL_REJECTED));
        on("scoring", BreachRevokedEvent.class, (event, ref, envelope) ->
                breach(event.planId(), event.breachId(), ref, BreachFacts.State.REVOKED));
        on("scoring", BonusPointsAwardedEvent.class, (event, ref, envelope) -> {
            planFacts(event.planId()).bonuses.add(new BonusFact(event.department(), event.quarter(), event.points(),
                    metadata(envelope, EventMetadata.REASON), ref));
            return Touched.department(event.planId(), event.department());
        });
    }

    private Touched adopted(ScoringRulesAdoptedEventV2 event, EventEnvelope envelope) {
        planFacts(event.planId()).rules.add(RuleSet.adopted(event, envelope.occurredAt(),
                metadata(envelope, EventMetadata.ACTOR_NAME), metadata(envelope, EventMetadata.REASON)));
        return Touched.plan(event.planId());
    }

    /** 督办单 (chases) of the supervision context: what their missed reply-by dates and send-backs cost. */
    private void supervisionHandlers() {
        on("supervision", ChaseOpenedEvent.class, (event, ref, envelope) -> {
            var chase = new ChaseFacts(event.chaseId(), event.department(), event.title());
            chase.open(1, event.replyBy(), ref);
            planFacts(event.planId()).chases.put(event.chaseId(), chase);
            return Touched.department(event.planId(), event.department());
        });
        on("supervision", ChaseRepliedEvent.class, (event, ref, envelope) -> chase(event.planId(), event.chaseId(),
                chase -> chase.reply(event.round(), event.repliedOn(), event.replyBy(), event.daysLate(), ref)));
        on("supervision", ChaseSentBackEvent.class, (event, ref, envelope) -> chase(event.planId(),
                event.chaseId(), chase -> chase.sendBack(event.round(), envelope.businessDay(), event.replyBy(), ref)));
        on("supervision", ChaseWithdrawnEvent.class, (event, ref, envelope) -> chase(event.planId(),
                event.chaseId(), chase -> chase.withdrawn = true));
    }

    private Touched chase(String planId, String chaseId, Consumer<ChaseFacts> change) {
        var chase = planFacts(planId).chases.get(chaseId);
        if (chase == null) {
            return Touched.NOTHING;
        }
        change.accept(chase);
        return Touched.department(planId, chase.department);
    }

    private Touched breach(String planId, String breachId, EventRef ref, BreachFacts.State state) {
        var breach = planFacts(planId).breaches.get(breachId);
        if (breach == null) {
            return Touched.NOTHING;
        }
        breach.state = state;
        breach.events.add(ref);
        return Touched.department(planId, breach.department);
    }

    private static String metadata(EventEnvelope envelope, String key) {
        Object value = envelope.metadata() == null ? null : envelope.metadata().get(key);
        return value == null ? null : value.toString();
    }

    private static void define(TaskFacts task, SixDefines defines, EventRef ref) {
        task.qualitative = defines.qualitative();
        task.targetValue = defines.quantity() == null ? null : defines.quantity().value();
        task.unit = defines.quantity() == null ? null : defines.quantity().unit();
        task.targetKey = defines.quantity() == null ? null : defines.quantity().targetKey();
        task.deadline = defines.deadline();
        task.definedBy.add(ref);
    }

    private Touched task(String taskId, Consumer<TaskFacts> change) {
        return change(taskId, plan -> plan.tasks, change, task -> task.department, task -> task.indicatorId);
    }

    private Touched check(String checkId, Consumer<CheckFacts> change) {
        return change(checkId, plan -> plan.checks, change, check -> check.department, check -> null);
    }

    private Touched report(String reportId, Consumer<ReportFacts> change) {
        return change(reportId, plan -> plan.reports, change, report -> report.department, report -> null);
    }

    private Touched evidence(String evidenceId, Consumer<EvidenceFacts> change) {
        return change(evidenceId, plan -> plan.evidence, change, evidence -> evidence.department, evidence -> null);
    }

    /** Changes an entity an earlier event of its plan created; nothing if none did. */
    private <T> Touched change(String id, Function<PlanFacts, Map<String, T>> entities, Consumer<T> change,
                               Function<T, String> department, Function<T, String> indicator) {
        return planOfEntity(id).map(plan -> {
            T entity = entities.apply(plan).get(id);
            if (entity == null) {
                return Touched.NOTHING;
            }
            change.accept(entity);
            return Touched.department(plan.planId, department.apply(entity), indicator.apply(entity));
        }).orElse(Touched.NOTHING);
    }
}
