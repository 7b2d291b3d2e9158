package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.util.List;

public record AssignLeadersRequest(@NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) @SingleLine String> leaders,
                                   @NotBlank @Size(max = 500) String reason) {
}
