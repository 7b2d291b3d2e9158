package kaohe.indicator.event;

/** A responsible leader (责任领导) of the plan. */
public record LeaderRegisteredEvent(String planId, String leader) {
}
