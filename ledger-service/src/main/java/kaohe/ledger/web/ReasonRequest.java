package kaohe.ledger.web;

import jakarta.validation.constraints.Size;

/** A decision or return that must say why; a missing reason is refused by the aggregate (reason-required). */
public record ReasonRequest(@Size(max = 500) String reason) {
}
