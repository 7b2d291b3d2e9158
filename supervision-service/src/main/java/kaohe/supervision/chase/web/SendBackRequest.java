package kaohe.supervision.chase.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** Why the reply is sent back, and the new date by which the department answers again. */
public record SendBackRequest(@Size(max = 500) String reason, @NotNull LocalDate replyBy) {
}
