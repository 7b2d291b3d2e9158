package kaohe.scoring.web;

import jakarta.validation.constraints.Size;

/** A decision that must say why; a missing reason is refused by the aggregate (reason-required). */
public record ReasonRequest(@Size(max = 500) String reason) {
}
