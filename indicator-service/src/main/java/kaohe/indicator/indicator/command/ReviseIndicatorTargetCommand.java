package kaohe.indicator.indicator.command;

import kaohe.indicator.event.Target;
import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Sets target {@code target.key()}: an existing key is revised, a new one added. */
public record ReviseIndicatorTargetCommand(@TargetAggregateIdentifier String indicatorId,
                                           @TargetAggregateVersion Long expectedVersion, Target target, String reason)
        implements Reasoned {
}
