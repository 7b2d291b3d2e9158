package kaohe.indicator.indicator.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import kaohe.indicator.event.IndicatorKind;
import kaohe.platform.input.SingleLine;

import java.util.List;

public record DefineIndicatorRequest(
        @NotBlank @Size(max = 64) String planId,
        @NotNull IndicatorKind kind,
        @NotBlank @Size(max = 200) @SingleLine String code,
        @Size(max = 100) @SingleLine String category,
        @NotBlank @Size(max = 4000) String text,
        boolean provincial,
        @Size(max = 20) List<@Valid @NotNull TargetRequest> targets,
        @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 100) @SingleLine String> leadDepartments,
        @Size(max = 30) List<@NotBlank @Size(max = 100) @SingleLine String> cooperatingDepartments,
        boolean allDepartmentsCooperate,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @SingleLine String> leaders,
        @Size(max = 200) @SingleLine String cityLeadUnit) {
}
