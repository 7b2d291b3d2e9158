package kaohe.indicator.indicator.command;

import kaohe.platform.command.Reasoned;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

public record AssignLeadersCommand(@TargetAggregateIdentifier String indicatorId,
                                   @TargetAggregateVersion Long expectedVersion, List<String> leaders, String reason)
        implements Reasoned {
}
