package kaohe.indicator.indicator.query;

import kaohe.indicator.event.IndicatorKind;

/** Which indicators of a plan to list; null fields do not filter. */
public record IndicatorFilter(IndicatorKind kind, String department, String leader, boolean includeWithdrawn) {
}
