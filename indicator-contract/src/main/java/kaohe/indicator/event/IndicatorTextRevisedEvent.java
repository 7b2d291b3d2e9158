package kaohe.indicator.event;

/** The indicator's text changed from {@code before} to {@code after}; the reason is in the metadata. */
public record IndicatorTextRevisedEvent(String indicatorId, String before, String after) {
}
