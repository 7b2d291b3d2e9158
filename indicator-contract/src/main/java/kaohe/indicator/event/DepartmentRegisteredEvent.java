package kaohe.indicator.event;

/** A department (处室, 代办中心 …) taking part in the plan. */
public record DepartmentRegisteredEvent(String planId, String department) {
}
