package kaohe.ledger.event;

import java.time.LocalDate;

/** A gap was fixed: how, and on which day ({@code closedOn}, Asia/Shanghai). */
public record GapClosedEvent(String checkId, String gapId, String resolution, LocalDate closedOn) {
}
