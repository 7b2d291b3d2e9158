package kaohe.identity.user;

import java.util.List;

/** A person of the seed notice who may sign in locally: the office, a department's liaison, a leader, an auditor. */
public record DemoUser(String id, String name, String department, List<String> roles) {

    public DemoUser {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
