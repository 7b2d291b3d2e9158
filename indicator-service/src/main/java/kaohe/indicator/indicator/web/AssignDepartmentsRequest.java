package kaohe.indicator.indicator.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.util.List;

public record AssignDepartmentsRequest(
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) @SingleLine String> leadDepartments,
        @Size(max = 30) List<@NotBlank @Size(max = 100) @SingleLine String> cooperatingDepartments,
        boolean allDepartmentsCooperate,
        @NotBlank @Size(max = 500) String reason) {
}
