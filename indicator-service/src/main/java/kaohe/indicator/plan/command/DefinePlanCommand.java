package kaohe.indicator.plan.command;

import java.time.LocalDate;

public record DefinePlanCommand(String planId, int year, String title, String issuingBody, String documentNumber,
                                LocalDate issuedOn, LocalDate liaisonDueOn) {
}
