package kaohe.supervision;

import kaohe.supervision.policy.ReminderPolicies;
import kaohe.supervision.policy.ReminderPolicy;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Policies the tests set per plan; every other plan follows the default (quiet 22:00–08:00). */
public class TestPolicies implements ReminderPolicies {

    private final Map<String, ReminderPolicy> policies = new ConcurrentHashMap<>();

    public void adopt(String planId, ReminderPolicy policy) {
        policies.put(planId, policy);
    }

    @Override
    public ReminderPolicy current(String planId) {
        return policies.getOrDefault(planId, ReminderPolicy.DEFAULT);
    }
}
