package kaohe.scoring.access;

import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import kaohe.scoring.live.LiveScoring;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who may see which scores, in one place. The role rules below are declared on each endpoint
 * ({@code @PreAuthorize}); the methods are the object-level rules behind the reads. Writes (rules, supervision
 * acts) are the office's alone, an appeal its department's liaison's. The office and auditors read everything; a
 * liaison its own department; a leader the departments that carry an indicator they are responsible for, and
 * those indicators — the leader known by the user id the plan links to them (the token's subject), never by the
 * display name in the token.
 */
@Component
public class ScoringAccess {

    /** Scoring, rules, breaches, bonuses, decisions on appeals. */
    public static final String OFFICE = "hasRole('OFFICE')";
    /** Appealing a breach: a liaison (of the breach's department, checked by {@link #requireActFor}). */
    public static final String APPEAL = "hasRole('LIAISON')";
    /** Whole-plan views with nothing to narrow: the office dashboard, what-ifs, exports, rebuilds. */
    public static final String WHOLE_PLAN = "hasAnyRole('OFFICE','AUDITOR')";
    /** Any other read: every role of the system, each then limited by the methods below. */
    public static final String READ = "hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')";

    private final LiveScoring live;

    public ScoringAccess(LiveScoring live) {
        this.live = live;
    }

    public void requireReadDepartment(String planId, String department) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor) || actsFor(actor, department)
                || actor.has(Role.LEADER) && leaderFollows(actor.id(), planId, department)) {
            return;
        }
        throw Refusal.forbidden("not-your-department", department);
    }

    public void requireReadIndicator(String planId, String indicatorId) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor)) {
            return;
        }
        boolean allowed = live.read(state -> state.plan(planId).flatMap(plan -> plan.indicator(indicatorId)
                .map(indicator -> actor.has(Role.LEADER) && plan.leaderSignedInAs(actor.id())
                        .filter(indicator.leaders()::contains).isPresent()
                        || actor.has(Role.LIAISON) && indicator.concerns(actor.department())))
                .orElse(false));
        if (!allowed) {
            throw Refusal.forbidden("not-your-indicator", indicatorId);
        }
    }

    /** A leader's own indicators (the leader the plan links to the caller's account); the office and auditors any. */
    public void requireReadLeader(String planId, String leader) {
        Actor actor = CurrentActor.get();
        if (!readsEverything(actor) && !(actor.has(Role.LEADER) && ownLeader(planId).filter(leader::equals)
                .isPresent())) {
            throw Refusal.forbidden("not-your-indicator", leader);
        }
    }

    /** The leader of the plan the caller signs in as, if the office linked their account to one. */
    public Optional<String> ownLeader(String planId) {
        String userId = CurrentActor.get().id();
        return live.read(state -> state.plan(planId).flatMap(plan -> plan.leaderSignedInAs(userId)));
    }

    /** Rankings of every department: the office, auditors and leaders. */
    public void requireReadRanking() {
        Actor actor = CurrentActor.get();
        if (!readsEverything(actor) && !actor.has(Role.LEADER)) {
            throw Refusal.forbidden("ranking-not-for-you");
        }
    }

    /** Everything of every department (rebuilds, what-ifs, exports, drill-down to any event). */
    public void requireReadAll() {
        if (!readsEverything(CurrentActor.get())) {
            throw Refusal.forbidden("department-required");
        }
    }

    /** An appeal is the department's own word: its liaison's. */
    public void requireActFor(String department) {
        if (!actsFor(CurrentActor.get(), department)) {
            throw Refusal.forbidden("not-your-department", department);
        }
    }

    public boolean readsEverything() {
        return readsEverything(CurrentActor.get());
    }

    private boolean leaderFollows(String userId, String planId, String department) {
        return live.read(state -> state.plan(planId).flatMap(plan -> plan.leaderSignedInAs(userId)
                .map(leader -> plan.indicators().stream()
                        .anyMatch(indicator -> indicator.leaders().contains(leader) && indicator.concerns(department))))
                .orElse(false));
    }

    private static boolean readsEverything(Actor actor) {
        return actor.has(Role.OFFICE) || actor.has(Role.AUDITOR);
    }

    private static boolean actsFor(Actor actor, String department) {
        return actor.has(Role.LIAISON) && department != null && department.equals(actor.department());
    }
}
