package kaohe.evidence.access;

import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may do what with evidence, in one place. Evidence belongs to a department: its liaison uploads, attaches
 * and withdraws it, the office may do so for any department and alone archives it; the office and auditors read
 * everything, a liaison only its own department's. Leaders see evidence through the reports (not here yet).
 * The role rules below are declared on each endpoint ({@code @PreAuthorize}); the methods are the object-level
 * rules behind them.
 */
@Component
public class EvidenceAccess {

    /** Uploading, attaching, withdrawing: the office, or a liaison for its own department. */
    public static final String WRITE = "hasAnyRole('OFFICE','LIAISON')";
    /** Archiving and storage maintenance. */
    public static final String OFFICE = "hasRole('OFFICE')";
    /** Reading evidence: the office and auditors any, a liaison its own department's; leaders none. */
    public static final String READ = "hasAnyRole('OFFICE','LIAISON','AUDITOR')";
    /** Verifying every evidence event against its stored object. */
    public static final String VERIFY = "hasAnyRole('OFFICE','AUDITOR')";

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

    public void requireRead(String department) {
        Actor actor = CurrentActor.get();
        if (!actor.has(Role.OFFICE) && !actor.has(Role.AUDITOR) && !ownDepartment(actor, department)) {
            throw Refusal.forbidden("not-your-department", department);
        }
    }

    private static boolean ownDepartment(Actor actor, String department) {
        return actor.has(Role.LIAISON) && department != null && department.equals(actor.department());
    }
}
