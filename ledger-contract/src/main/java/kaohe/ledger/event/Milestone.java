package kaohe.ledger.event;

import java.time.LocalDate;

/** An intermediate date within a task's deadline (定时限), e.g. "2020-09-30 完成 15 个". */
public record Milestone(LocalDate dueOn, String description) {
}
