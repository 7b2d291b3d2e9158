package kaohe.indicator.event;

/**
 * A quantitative target was set: {@code before} is null when the target is new. The reason is in the metadata.
 */
public record IndicatorTargetRevisedEvent(String indicatorId, Target before, Target after) {
}
