package kaohe.indicator.plan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.platform.input.SingleLine;

import java.time.LocalDate;

/**
 * {@code designatedOn} defaults to the business day; the office may record an earlier paper submission, never a later
 * one (checked against the business day, which {@code kaohe.business-date} may set, not the real date).
 */
public record DesignateLiaisonRequest(@NotBlank @Size(max = 100) @SingleLine String liaisonName,
                                      @Pattern(regexp = "[0-9+\\- ]{3,40}") String phone,
                                      LocalDate designatedOn) {
}
