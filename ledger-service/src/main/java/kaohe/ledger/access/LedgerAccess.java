package kaohe.ledger.access;

import kaohe.ledger.catalog.IndicatorCatalog;
import kaohe.ledger.catalog.LeaderAccounts;
import kaohe.platform.actor.Actor;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.actor.Role;
import kaohe.platform.command.Refusal;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who may do what in the ledger, in one place (issue: "Who may do what"). Writes: the office, or the liaison of
 * the department whose ledger it is. Reads: the office and auditors everything; a liaison its own department
 * (and a lead task it co-signs); a leader what belongs to the indicators they are responsible for, known by the
 * user id the plan links to them (the token's subject), never by their name. Role checks
 * on each endpoint come first ({@code @PreAuthorize} with the rules below); the methods are the object-level
 * rules behind them.
 */
@Component
public class LedgerAccess {

    /** Any ledger write: the office, or a liaison (whose department the object-level rule then checks). */
    public static final String WRITE = "hasAnyRole('OFFICE','LIAISON')";
    /** Review: returns, acceptances, extensions, corrections. */
    public static final String REVIEW = "hasRole('OFFICE')";
    /** Co-signing a lead task: a cooperating department's liaison. */
    public static final String CO_SIGN = "hasRole('LIAISON')";
    /** Any read: every role of the system, each then limited to what the object-level rules allow it. */
    public static final String READ = "hasAnyRole('OFFICE','LIAISON','LEADER','AUDITOR')";

    private final IndicatorCatalog catalog;
    private final LeaderAccounts leaders;

    public LedgerAccess(IndicatorCatalog catalog, LeaderAccounts leaders) {
        this.catalog = catalog;
        this.leaders = leaders;
    }

    /** The office, or this department's own liaison. */
    public void requireWrite(String department) {
        Actor actor = CurrentActor.get();
        if (actor.has(Role.OFFICE) || actsFor(actor, department)) {
            return;
        }
        throw Refusal.forbidden("not-your-department", department);
    }

    /** Anything of a department in a plan: its checks, reports, gaps, whole ledger. */
    public void requireRead(String planId, String department) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor) || actsFor(actor, department)
                || actor.has(Role.LEADER) && leaders.followsDepartment(actor.id(), planId, department)) {
            return;
        }
        throw Refusal.forbidden("not-your-department", department);
    }

    /** Lists across every department: the office and auditors only. */
    public void requireReadAll() {
        if (!readsEverything(CurrentActor.get())) {
            throw Refusal.forbidden("department-required");
        }
    }

    /** One task: also the cooperating departments of its indicator and the indicator's leaders. */
    public void requireReadTask(String department, String indicatorId) {
        Actor actor = CurrentActor.get();
        if (readsEverything(actor) || actsFor(actor, department)) {
            return;
        }
        List<String> cooperating = catalog.indicator(indicatorId).map(found -> found.cooperatingDepartments())
                .orElse(List.of());
        if (actor.has(Role.LIAISON) && cooperating.contains(actor.department())
                || actor.has(Role.LEADER) && leaders.leads(actor.id(), indicatorId)) {
            return;
        }
        throw Refusal.forbidden("not-your-department", department);
    }

    private static boolean readsEverything(Actor actor) {
        return actor.has(Role.OFFICE) || actor.has(Role.AUDITOR);
    }

    private static boolean actsFor(Actor actor, String department) {
        return actor.has(Role.LIAISON) && department != null && department.equals(actor.department());
    }
}
