package kaohe.supervision.chase.web;

import jakarta.validation.constraints.Size;

/** The office's optional comment on the reply it accepts. */
public record AcceptRequest(@Size(max = 500) String comment) {
}
