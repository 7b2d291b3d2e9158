package kaohe.indicator.event;

/**
 * The user account a responsible leader (责任领导) of the plan signs in with: the token's subject, stable where a
 * display name may be edited. A leader's indicators are theirs only through this link; a leader registered
 * without one ({@link LeaderRegisteredEvent} alone, as every registration before accounts) matches nobody.
 * {@code userIdBefore} is the account linked until now, null the first time.
 */
public record LeaderAccountLinkedEvent(String planId, String leader, String userIdBefore, String userId) {
}
