package kaohe.supervision.chase.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;
import kaohe.supervision.event.ChaseSubjectKind;
import kaohe.supervision.web.PlanIds;

import java.time.LocalDate;

/** A new 督办单: to whom, about what, why, and by when the department answers. */
public record OpenChaseRequest(@NotNull @Pattern(regexp = PlanIds.PATTERN) String planId,
                               @NotBlank @Size(max = 100) @SingleLine String department,
                               @NotNull @Valid Subject subject,
                               @NotBlank @Size(max = 100) @SingleLine String title,
                               @NotBlank @Size(max = 2000) String message,
                               @NotNull LocalDate replyBy) {

    /** The item chased: its kind, its id in the owning context (none for a whole department), its label. */
    public record Subject(@NotNull ChaseSubjectKind kind,
                          @Pattern(regexp = "[A-Za-z0-9._:-]{1,128}") String id,
                          @NotBlank @Size(max = 200) @SingleLine String label) {
    }
}
