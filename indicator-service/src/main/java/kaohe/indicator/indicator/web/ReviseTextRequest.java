package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ReviseTextRequest(@NotBlank @Size(max = 4000) String text, @NotBlank @Size(max = 500) String reason) {
}
