package kaohe.identity.user;

import kaohe.identity.IdentityProperties;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The demo users by id, as {@code kaohe.identity.users} lists them. */
@Component
public class DemoUsers {

    private final Map<String, DemoUser> byId = new LinkedHashMap<>();

    public DemoUsers(IdentityProperties properties) {
        for (DemoUser user : properties.users()) {
            if (byId.putIfAbsent(user.id(), user) != null) {
                throw new IllegalArgumentException("demo user " + user.id() + " is listed twice");
            }
        }
    }

    public Optional<DemoUser> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<DemoUser> all() {
        return List.copyOf(byId.values());
    }
}
