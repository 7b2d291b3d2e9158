package kaohe.indicator.indicator.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record ReviseIndicatorTextCommand(@TargetAggregateIdentifier String indicatorId,
                                         @TargetAggregateVersion Long expectedVersion, String text, String reason)
        implements Reasoned {
}
