package kaohe.supervision.chase.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The department's answer: its progress, and the evidence (ids of the evidence service) it points to. */
public record ReplyRequest(@NotBlank @Size(max = 4000) String progress,
                           @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String> evidence) {
}
