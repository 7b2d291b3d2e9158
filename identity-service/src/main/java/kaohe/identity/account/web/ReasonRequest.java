package kaohe.identity.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the office changes an account; it lands in the event's metadata and the history. */
public record ReasonRequest(@NotBlank @Size(max = 500) String reason) {
}
