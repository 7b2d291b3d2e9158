package kaohe.platform.actor;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A validated token's claims become the request's {@link Actor}: {@code sub} its id, {@code name} (else
 * {@code preferred_username}, else the id) its name, {@code department} and {@code roles}. Roles this system does
 * not know (an OIDC provider often adds its own) are ignored, so they grant nothing.
 */
public class TokenActorConverter implements Converter<Jwt, ActorAuthentication> {

    public static final String NAME = "name";
    public static final String DEPARTMENT = "department";
    public static final String ROLES = "roles";

    @Override
    public ActorAuthentication convert(Jwt jwt) {
        String id = jwt.getSubject();
        String name = firstPresent(jwt.getClaimAsString(NAME), jwt.getClaimAsString("preferred_username"), id);
        String department = jwt.getClaimAsString(DEPARTMENT);
        return new ActorAuthentication(new Actor(id, name, department == null || department.isBlank() ? null : department,
                roles(jwt.getClaimAsStringList(ROLES))));
    }

    private static Set<Role> roles(List<String> claimed) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claimed != null) {
            for (String role : claimed) {
                for (Role known : Role.values()) {
                    if (known.name().equals(role.strip().toUpperCase(Locale.ROOT))) {
                        roles.add(known);
                    }
                }
            }
        }
        return roles;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
