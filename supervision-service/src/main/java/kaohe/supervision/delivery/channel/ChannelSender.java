package kaohe.supervision.delivery.channel;

import kaohe.supervision.delivery.Delivery;
import kaohe.supervision.event.Channel;

import java.util.Optional;

/** One way out of the service besides the inbox (which the outbox writes itself). */
public interface ChannelSender {

    Channel channel();

    /** Why this channel will never send {@code delivery} (the person wants no e-mail, no robot is configured …). */
    Optional<String> skipReason(Delivery delivery);

    /** Hands {@code delivery} over; returns once the channel accepted it, throws when it did not. */
    void send(Delivery delivery) throws Exception;
}
