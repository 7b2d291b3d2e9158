package kaohe.supervision.chase.command;

import kaohe.supervision.event.ChaseSubject;

import java.time.LocalDate;

/** The office opens a 督办单 (立项) to a department of a plan about {@code subject}, to be answered by {@code replyBy}. */
public record OpenChaseCommand(String chaseId, String planId, String department, ChaseSubject subject, String title,
                               String message, LocalDate replyBy) {
}
