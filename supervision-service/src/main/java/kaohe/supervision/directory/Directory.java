package kaohe.supervision.directory;

import java.util.List;

/**
 * Who is who, as this context learned it from the identity and indicator contexts' events: the people behind an
 * audience (liaisons, leaders, office) and what a leader follows. Disabled accounts reach nobody.
 */
public interface Directory {

    /** The enabled accounts that keep {@code department}'s ledger (role LIAISON). */
    List<Person> liaisons(String department);

    /** The responsible leaders, with a linked account, of any indicator {@code department} carries in the plan. */
    List<Person> leaders(String planId, String department);

    /** The office's enabled accounts (role OFFICE). */
    List<Person> office();

    /** Whether the leader signed in as {@code userId} answers for any indicator {@code department} carries. */
    boolean followsDepartment(String userId, String planId, String department);

    /** Whether {@code department} takes part in the plan (registered, or carrying one of its indicators). */
    boolean takesPart(String planId, String department);

    /** Whether any department takes part in the plan: a plan this context has heard of. */
    boolean knowsPlan(String planId);
}
