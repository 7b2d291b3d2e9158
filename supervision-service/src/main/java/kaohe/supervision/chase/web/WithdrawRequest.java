package kaohe.supervision.chase.web;

import jakarta.validation.constraints.Size;

/** Why the 督办单 is withdrawn (mandatory; a blank one is refused as {@code reason-required}). */
public record WithdrawRequest(@Size(max = 500) String reason) {
}
