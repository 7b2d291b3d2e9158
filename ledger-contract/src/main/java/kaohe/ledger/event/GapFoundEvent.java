package kaohe.ledger.event;

import java.time.LocalDate;

/** A gap found at a monthly check (查漏补缺), with who fixes it by when; {@code taskId} may be null. */
public record GapFoundEvent(String checkId, String gapId, String department, String taskId, String description,
                            String owner, LocalDate fixBy) {
}
