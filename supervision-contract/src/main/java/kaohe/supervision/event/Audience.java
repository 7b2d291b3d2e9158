package kaohe.supervision.event;

/** Who a reminder or an escalation step reaches: the department's liaisons, its responsible leaders, the office. */
public enum Audience {
    LIAISON, LEADER, OFFICE
}
