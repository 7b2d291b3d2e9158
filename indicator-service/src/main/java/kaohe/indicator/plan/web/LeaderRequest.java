package kaohe.indicator.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A responsible leader by name, and the user id they sign in with (the token's {@code sub}, e.g. leader-zhang):
 * their indicators follow the id. Without one the leader sees nothing until the office links an account.
 */
public record LeaderRequest(@NotBlank @Size(max = 100) String name,
                            @Pattern(regexp = LeaderAccountRequest.USER_ID) String userId) {
}
