package kaohe.evidence.evidence.web;

import jakarta.validation.constraints.Size;

/** Why the owner withdraws the evidence; required (the aggregate refuses a blank one). */
public record WithdrawRequest(@Size(max = 500) String reason) {
}
