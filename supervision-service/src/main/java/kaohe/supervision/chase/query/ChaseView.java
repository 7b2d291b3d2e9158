package kaohe.supervision.chase.query;

import kaohe.supervision.event.ChaseSubject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 督办单 as read: its state ({@code statusLabel} in the reader's language), whether it is overdue today (still
 * waiting for the department past its reply-by date, and by how many days), every reply and every step.
 */
public record ChaseView(String chaseId, String planId, String department, ChaseSubject subject, String title,
                        String message, LocalDate replyBy, String status, String statusLabel, int round,
                        boolean overdue, Integer daysOverdue, LocalDate openedOn, String openedBy,
                        String openedByName, List<Reply> replies, List<Step> steps, long version) {

    /** Round {@code round} of the department's answer, by the liaison named {@code by}. */
    public record Reply(int round, String progress, List<String> evidence, LocalDate repliedOn, int daysLate,
                        String by, String byName) {
    }

    /** One step of the 督办单's course: what happened ({@code type} is the status it led to), when, by whom, why. */
    public record Step(String type, Instant at, String by, String byName, String reason) {
    }

    ChaseView with(List<Reply> replies, List<Step> steps) {
        return new ChaseView(chaseId, planId, department, subject, title, message, replyBy, status, statusLabel,
                round, overdue, daysOverdue, openedOn, openedBy, openedByName, replies, steps, version);
    }
}
