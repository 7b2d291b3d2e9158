package kaohe.indicator.plan.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A plan; {@code leaderAccounts}: the user id each linked leader signs in with (unlinked leaders are absent). */
public record PlanView(String planId, int year, String title, String issuingBody, String documentNumber,
                       LocalDate issuedOn, LocalDate liaisonDueOn, List<String> departments, List<String> leaders,
                       Map<String, String> leaderAccounts) {
}
