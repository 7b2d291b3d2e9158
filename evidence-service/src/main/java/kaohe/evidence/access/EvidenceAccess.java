package kaohe.evidence.access;

import kaohe.evidence.evidence.query.EvidenceView;
import kaohe.evidence.leader.LeaderReach;
import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import org.springframework.stereotype.Component;

import java.util.function.Predicate;

/**
 * Who may do what with evidence, in one place. Evidence belongs to a department: its liaison uploads, attaches
 * and withdraws it, the office may do so for any department and alone archives it; the office and auditors read
 * everything, a liaison only its own department's, a leader only what is attached to a task of an indicator they
 * answer for or to a report of a department such an indicator names — and never writes.
 * The role rules below are declared on each endpoint ({@code @PreAuthorize}); the methods are the object-level
 * rules behind them.
 */
@Component
public class EvidenceAccess {

    /** Uploading, attaching, withdrawing: the office, or a liaison for its own department. */
    public static final String WRITE = "hasAnyRole('OFFICE','LIAISON')";
    /** Archiving and storage maintenance. */
    public static final String OFFICE = "hasRole('OFFICE')";
    /** Reading evidence: the office and auditors any, a liaison its own department's, a leader what they reach. */
    public static final String READ = "hasAnyRole('OFFICE','LIAISON','AUDITOR','LEADER')";
    /** Reading evidence's history (who did what to it): not leaders, who read the evidence, not its handling. */
    public static final String READ_HISTORY = "hasAnyRole('OFFICE','LIAISON','AUDITOR')";
    /** Verifying every evidence event against its stored object. */
    public static final String VERIFY = "hasAnyRole('OFFICE','AUDITOR')";

    private final LeaderReach leaders;

    public EvidenceAccess(LeaderReach leaders) {
        this.leaders = leaders;
    }

    /** The department an upload belongs to: a liaison's own, or the one the office names. */
    public String uploadingDepartment(String requested) {
        Actor actor = CurrentActor.get();
        if (actor.has(Role.OFFICE)) {
            if (requested == null || requested.isBlank()) {
                throw Refusal.invalidField("department", "department-required");
            }
            return requested.strip();
        }
        if (actor.has(Role.LIAISON) && actor.department() != null
                && (requested == null || requested.isBlank() || requested.strip().equals(actor.department()))) {
            return actor.department();
        }
        throw Refusal.forbidden("not-your-department", requested);
    }

    public void requireWrite(String department) {
        Actor actor = CurrentActor.get();
        if (!actor.has(Role.OFFICE) && !ownDepartment(actor, department)) {
            throw Refusal.forbidden("not-your-department", department);
        }
    }

    /** One evidence: a leader through its links, everyone else by its department. */
    public void requireRead(EvidenceView evidence) {
        Actor actor = CurrentActor.get();
        if (readsDepartment(actor, evidence.department())) {
            return;
        }
        if (actor.has(Role.LEADER)) {
            if (leaders.reaches(actor.id(), evidence)) {
                return;
            }
            throw Refusal.forbidden("not-your-indicator", evidence.evidenceId());
        }
        throw Refusal.forbidden("not-your-department", evidence.department());
    }

    /**
     * A department's evidence of a plan: all of it for those who read the department, for a leader following the
     * department in that plan only what they reach; refused to anyone else.
     */
    public Predicate<EvidenceView> requireReadList(String planId, String department) {
        Actor actor = CurrentActor.get();
        if (readsDepartment(actor, department)) {
            return evidence -> true;
        }
        if (actor.has(Role.LEADER)) {
            if (leaders.followsDepartment(actor.id(), planId, department)) {
                return evidence -> leaders.reaches(actor.id(), evidence);
            }
            throw Refusal.forbidden("not-your-indicator", department);
        }
        throw Refusal.forbidden("not-your-department", department);
    }

    private static boolean readsDepartment(Actor actor, String department) {
        return actor.has(Role.OFFICE) || actor.has(Role.AUDITOR) || ownDepartment(actor, department);
    }

    private static boolean ownDepartment(Actor actor, String department) {
        return actor.has(Role.LIAISON) && department != null && department.equals(actor.department());
    }
}
