package kaohe.ledger.event;

/**
 * A cooperating department co-signed (会签) its contribution to the lead department's task for a quarter
 * ({@code quarter} as {@code 2020-Q3}).
 */
public record ContributionConfirmedEvent(String taskId, String quarter, String department, String contribution) {
}
