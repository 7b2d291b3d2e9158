package kaohe.supervision.event;

import java.time.LocalDate;

/** The department signed for the 督办单 (签收). */
public record ChaseSignedEvent(String chaseId, String planId, String department, LocalDate signedOn) {
}
