package kaohe.identity.account.query;

import java.time.Instant;
import java.util.List;

/** An account as the office sees it; {@code state} is ACTIVE, DISABLED or LOCKED (disabled wins). */
public record AccountView(String id, String name, String department, String phone, List<String> roles,
                          String state, Instant lockedUntil, Instant createdAt) {

    public boolean disabled() {
        return "DISABLED".equals(state);
    }
}
