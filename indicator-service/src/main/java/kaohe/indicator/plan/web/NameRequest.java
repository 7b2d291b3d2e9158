package kaohe.indicator.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

public record NameRequest(@NotBlank @Size(max = 100) @SingleLine String name) {
}
