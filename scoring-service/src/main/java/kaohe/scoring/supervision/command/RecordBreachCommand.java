package kaohe.scoring.supervision.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** The office records a negative-list breach (负面清单) it has confirmed. */
public record RecordBreachCommand(@TargetAggregateIdentifier String supervisionId, String breachId, String planId,
                                  String department, String indicatorId, LocalDate occurredOn, String description,
                                  List<String> evidence, String confirmedBy) {
}
