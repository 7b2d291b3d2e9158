package kaohe.supervision.delivery;

import kaohe.supervision.event.Audience;
import kaohe.supervision.event.Channel;

import java.time.Instant;

/** One recorded delivery as a channel sends it. */
public record Delivery(long id, String obligationKey, String step, String recipientId, String recipientName,
                       Audience audience, Channel channel, String planId, String department, String title,
                       String body, String link, Instant dueAt, int attempts) {

    /** The key it is sent by, once; also what the e-mail's Message-ID is derived from. */
    public String key() {
        return obligationKey + "|" + step + "|" + recipientId + "|" + channel;
    }
}
