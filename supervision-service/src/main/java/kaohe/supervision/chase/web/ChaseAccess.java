package kaohe.supervision.chase.web;

import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import kaohe.supervision.chase.query.ChaseFilter;
import kaohe.supervision.directory.Directory;
import org.springframework.stereotype.Component;

/**
 * Who reads and answers which 督办单. The office opens and decides, and with auditors reads all; a liaison reads and
 * answers only its own department's (the token's department); a leader reads those of the departments they follow
 * in the plan. The role rules on the endpoints come first; these are the object-level rules behind them.
 */
@Component
public class ChaseAccess {

    public static final String READ = "hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')";
    public static final String OFFICE = "hasRole('OFFICE')";
    public static final String LIAISON = "hasRole('LIAISON')";

    private final Directory directory;

    public ChaseAccess(Directory directory) {
        this.directory = directory;
    }

    public void requireRead(String planId, String department) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor) || actsFor(actor, department)
                || actor.has(Role.LEADER) && directory.followsDepartment(actor.id(), planId, department)) {
            return;
        }
        throw Refusal.forbidden("chase-wrong-department", department);
    }

    /** The list the actor may see: a liaison's is narrowed to its department; a leader names one they follow. */
    public ChaseFilter readable(ChaseFilter asked) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor)) {
            return asked;
        }
        if (actor.has(Role.LIAISON) && actor.department() != null) {
            if (asked.department() != null && !asked.department().equals(actor.department())) {
                throw Refusal.forbidden("chase-wrong-department", asked.department());
            }
            return new ChaseFilter(asked.planId(), actor.department(), asked.status(), asked.overdue());
        }
        if (asked.planId() == null || asked.department() == null) {
            throw Refusal.forbidden("chase-department-required");
        }
        requireRead(asked.planId(), asked.department());
        return asked;
    }

    private static boolean readsEverything(Actor actor) {
        return actor.has(Role.OFFICE) || actor.has(Role.AUDITOR);
    }

    private static boolean actsFor(Actor actor, String department) {
        return actor.has(Role.LIAISON) && department != null && department.equals(actor.department());
    }
}
