package kaohe.indicator.event;

import java.time.LocalDate;

/** The year's assessment plan, as issued: 市审批发〔2020〕14号 of 2020-07-07, liaisons due 7 月 10 日. */
public record AssessmentPlanDefinedEvent(String planId, int year, String title, String issuingBody,
                                         String documentNumber, LocalDate issuedOn, LocalDate liaisonDueOn) {
}
