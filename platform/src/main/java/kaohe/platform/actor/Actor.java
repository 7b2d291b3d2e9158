package kaohe.platform.actor;

import java.util.Set;

/** The authenticated user behind a request; every event records it. */
public record Actor(String id, String name, String department, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
