package kaohe.indicator.plan.query;

import java.time.LocalDate;
import java.util.List;

public record PlanView(String planId, int year, String title, String issuingBody, String documentNumber,
                       LocalDate issuedOn, LocalDate liaisonDueOn, List<String> departments, List<String> leaders) {
}
