package kaohe.supervision.delivery.web;

import kaohe.supervision.event.Channel;

import java.time.Instant;
import java.util.List;

/** Per channel, how many deliveries stand where; and the latest failure, for the office's page. */
public record DeliverySummary(List<ChannelCounts> byChannel, LastFailure lastFailure) {

    public record ChannelCounts(Channel channel, long pending, long sent, long failed, long retrying, long held,
                                long skipped, long uncertain) {
    }

    public record LastFailure(Channel channel, Instant at, String error) {
    }
}
