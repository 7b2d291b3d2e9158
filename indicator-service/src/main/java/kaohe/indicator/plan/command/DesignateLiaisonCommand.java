package kaohe.indicator.plan.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** {@code designatedOn} is the business date (Asia/Shanghai) the office received the name. */
public record DesignateLiaisonCommand(@TargetAggregateIdentifier String planId, String department,
                                      String liaisonName, String phone, LocalDate designatedOn) {
}
