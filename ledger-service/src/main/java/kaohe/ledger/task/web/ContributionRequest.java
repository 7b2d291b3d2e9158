package kaohe.ledger.task.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 会签: what the cooperating department contributed this quarter. */
public record ContributionRequest(@NotBlank @Size(max = 10) String quarter,
                                  @NotBlank @Size(max = 1000) String contribution) {
}
