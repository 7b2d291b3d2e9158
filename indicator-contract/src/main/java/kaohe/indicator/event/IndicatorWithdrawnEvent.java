package kaohe.indicator.event;

/** The indicator no longer counts in the plan; its history stays. The reason is in the metadata. */
public record IndicatorWithdrawnEvent(String indicatorId) {
}
