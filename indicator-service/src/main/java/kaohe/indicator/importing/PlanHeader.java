package kaohe.indicator.importing;

import java.time.LocalDate;

/** What a notice says about its plan: 西安市行政审批服务局, 市审批发〔2020〕14号, 2020-07-07, names due 7 月 10 日. */
public record PlanHeader(Integer year, String title, String issuingBody, String documentNumber, LocalDate issuedOn,
                         LocalDate liaisonDueOn) {

    /** Values given explicitly win over those read from the file. */
    public PlanHeader overriddenBy(PlanHeader given) {
        return new PlanHeader(
                given.year() != null ? given.year() : year,
                given.title() != null ? given.title() : title,
                given.issuingBody() != null ? given.issuingBody() : issuingBody,
                given.documentNumber() != null ? given.documentNumber() : documentNumber,
                given.issuedOn() != null ? given.issuedOn() : issuedOn,
                given.liaisonDueOn() != null ? given.liaisonDueOn() : liaisonDueOn);
    }
}
