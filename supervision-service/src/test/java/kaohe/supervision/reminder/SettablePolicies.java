package kaohe.supervision.reminder;

import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.policy.ReminderPolicy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Stands in for the policy feature in these tests: the default policy unless a test sets a plan's own. */
public class SettablePolicies implements ReminderPolicies {

    private final Map<String, ReminderPolicy> policies = new ConcurrentHashMap<>();

    @Override
    public ReminderPolicy current(String planId) {
        return policies.getOrDefault(planId, ReminderPolicy.DEFAULT);
    }

    public void set(String planId, ReminderPolicy policy) {
        policies.put(planId, policy);
    }
}
