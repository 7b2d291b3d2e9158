package kaohe.scoring.score;

import java.time.LocalDate;

/** Something a department must act on: a red or yellow task, an overdue check or report, an open gap. */
public record Alert(String kind, String subject, String label, LocalDate dueOn) {
}
