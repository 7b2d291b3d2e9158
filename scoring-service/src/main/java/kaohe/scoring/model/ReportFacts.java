package kaohe.scoring.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A department's quarterly report (季度末书面报办公室): due date, its first submission (timeliness is judged on it),
 * the evidence of its latest submitted or corrected content, and the office's decision.
 */
public final class ReportFacts {

    final String reportId;
    final String department;
    final String quarter;
    final LocalDate dueOn;
    final EventRef drafted;
    LocalDate firstSubmittedOn;
    int daysLate;
    EventRef firstSubmission;
    List<String> evidence = List.of();
    EventRef evidenceFrom;
    boolean returned;
    boolean accepted;

    ReportFacts(String reportId, String department, String quarter, LocalDate dueOn, EventRef drafted) {
        this.reportId = reportId;
        this.department = department;
        this.quarter = quarter;
        this.dueOn = dueOn;
        this.drafted = drafted;
    }

    /** A copy to change in a what-if, this report unchanged. */
    ReportFacts copy() {
        ReportFacts copy = new ReportFacts(reportId, department, quarter, dueOn, drafted);
        copy.firstSubmittedOn = firstSubmittedOn;
        copy.daysLate = daysLate;
        copy.firstSubmission = firstSubmission;
        copy.evidence = evidence;
        copy.evidenceFrom = evidenceFrom;
        copy.returned = returned;
        copy.accepted = accepted;
        return copy;
    }

    public String reportId() {
        return reportId;
    }

    public String department() {
        return department;
    }

    public String quarter() {
        return quarter;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public EventRef drafted() {
        return drafted;
    }

    public LocalDate firstSubmittedOn() {
        return firstSubmittedOn;
    }

    public int daysLate() {
        return daysLate;
    }

    public EventRef firstSubmission() {
        return firstSubmission;
    }

    public List<String> evidence() {
        return evidence;
    }

    public EventRef evidenceFrom() {
        return evidenceFrom;
    }

    public boolean returned() {
        return returned;
    }

    public boolean accepted() {
        return accepted;
    }
}
