package kaohe.indicator.event;

import java.util.List;

/** Responsible leaders (责任领导) reassigned. */
public record IndicatorLeadersAssignedEvent(String indicatorId, List<String> before, List<String> after) {
}
