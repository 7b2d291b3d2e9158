package kaohe.evidence.catalog;

import kaohe.platform.command.Refusal;

import java.util.Map;
import java.util.Optional;

/**
 * What the evidence context knows of the plans and the ledger records evidence may be attached to, from the
 * indicator and ledger contexts' events (DESIGN rule 3: decided from events consumed, never by asking them).
 */
public interface PlanCatalog {

    /** A ledger task, monthly check or quarterly report: whose, and of which plan. */
    record LedgerRecord(String planId, String department) {
    }

    boolean knowsPlan(String planId);

    /** The record of {@code targetType} (TASK, CHECK, REPORT) and {@code targetId}; empty if none is known. */
    Optional<LedgerRecord> record(String targetType, String targetId);

    /** Refuses a plan the indicator context has not announced (or not yet: its event may still be on its way). */
    default void requirePlan(String planId) {
        if (!knowsPlan(planId)) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "plan-not-found", Map.of("planId", "plan-not-found"),
                    planId);
        }
    }
}
