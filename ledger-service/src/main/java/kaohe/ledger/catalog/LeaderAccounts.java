package kaohe.ledger.catalog;

/**
 * What a signed-in leader answers for, by their user id (the token's subject) as the indicator context links it to
 * a leader of the plan — never by the display name, which the identity provider may let anyone edit. A leader
 * registered without an account matches nobody.
 */
public interface LeaderAccounts {

    /**
     * Whether the leader signed in as {@code userId} is responsible for any indicator {@code department} carries in
     * the plan: answering for a department one year says nothing about the next year's plan.
     */
    boolean followsDepartment(String userId, String planId, String department);

    /** Whether the leader signed in as {@code userId} is responsible for the indicator. */
    boolean leads(String userId, String indicatorId);
}
