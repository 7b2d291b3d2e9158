package kaohe.supervision.delivery;

/**
 * Where one (obligation, step, recipient, channel) stands. PENDING → SENDING → SENT is the plain path; HELD waits
 * for quiet hours to end or the recipient's rate window to free; RETRYING waits out a back-off after a failure,
 * FAILED gave up; SKIPPED will never be sent (no e-mail wanted, no robot configured); UNCERTAIN was being sent when
 * its process died, and is never sent again.
 */
public enum DeliveryStatus {
    PENDING, HELD, SENDING, SENT, RETRYING, FAILED, SKIPPED, UNCERTAIN
}
