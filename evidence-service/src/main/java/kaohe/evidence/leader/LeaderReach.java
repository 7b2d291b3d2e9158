package kaohe.evidence.leader;

import kaohe.evidence.evidence.query.EvidenceView;

/**
 * What a signed-in leader may read, by their user id (the token's subject) as the plan links it to a leader:
 * evidence attached to a task of an indicator they answer for, or to a quarterly report of a department such an
 * indicator names. Decided from the indicator and ledger contexts' events (DESIGN rule 3), never by asking them.
 */
public interface LeaderReach {

    /** Whether {@code userId} answers for an indicator of the plan that names {@code department}. */
    boolean followsDepartment(String userId, String planId, String department);

    /** Whether {@code userId} may read this evidence through one of its links. */
    boolean reaches(String userId, EvidenceView evidence);
}
