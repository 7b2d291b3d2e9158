package kaohe.identity.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.actor.Role;
import kaohe.platform.input.SingleLine;

import java.util.List;

/**
 * A new account. {@code roles} defaults to a liaison; {@code userId} (the tokens' {@code sub}) is derived when
 * absent. A phone is an 11-digit mainland mobile number or a landline with its area code (0931-1234567).
 */
public record CreateAccountRequest(@NotBlank @Size(max = 32) @SingleLine String name,
                                   @Size(max = 64) @SingleLine String department,
                                   @Pattern(regexp = "1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}") String phone,
                                   @Size(max = 4) List<Role> roles,
                                   @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}") String userId,
                                   @NotBlank @Size(max = 500) String reason) {
}
