package kaohe.supervision.chase.query;

import kaohe.supervision.chase.command.ChaseStatus;

/** Which 督办单 a list shows: any of the criteria may be absent (null); {@code overdue} true or false filters too. */
public record ChaseFilter(String planId, String department, ChaseStatus status, Boolean overdue) {
}
