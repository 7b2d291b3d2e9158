package kaohe.indicator.indicator.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawIndicatorCommand(@TargetAggregateIdentifier String indicatorId,
                                       @TargetAggregateVersion Long expectedVersion, String reason)
        implements Reasoned {
}
