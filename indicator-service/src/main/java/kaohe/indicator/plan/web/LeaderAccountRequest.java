package kaohe.indicator.plan.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The user id (token subject) a registered leader signs in with. */
public record LeaderAccountRequest(@NotNull @Pattern(regexp = USER_ID) String userId) {

    /** What identity providers use as subjects: names such as leader-zhang, UUIDs, auth0|123 — no spaces. */
    static final String USER_ID = "[\\p{Alnum}._@:|-]{1,128}";
}
