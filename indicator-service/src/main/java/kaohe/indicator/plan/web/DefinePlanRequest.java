package kaohe.indicator.plan.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.time.LocalDate;
import java.util.List;

/** A year's plan as the notice gives it: 市审批发〔2020〕14号, issued 2020-07-07, liaisons due 2020-07-10. */
public record DefinePlanRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String planId,
        @Min(2000) @Max(2100) int year,
        @NotBlank @Size(max = 200) @SingleLine String title,
        @Size(max = 100) @SingleLine String issuingBody,
        @Size(max = 100) @SingleLine String documentNumber,
        LocalDate issuedOn,
        LocalDate liaisonDueOn,
        @Size(max = 200) List<@NotBlank @Size(max = 100) @SingleLine String> departments,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @SingleLine String> leaders) {
}
