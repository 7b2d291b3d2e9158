package kaohe.supervision.policy;

/** The policy each plan follows now: its latest adopted version, else {@link ReminderPolicy#DEFAULT}. */
public interface ReminderPolicies {

    ReminderPolicy current(String planId);
}
