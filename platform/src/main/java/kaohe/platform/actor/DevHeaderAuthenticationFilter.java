package kaohe.platform.actor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Development identity for tests and local scripts: {@code X-Kaohe-User}, {@code X-Kaohe-User-Name},
 * {@code X-Kaohe-Department} (both percent-encoded UTF-8) and {@code X-Kaohe-Roles} (comma separated) become an
 * {@link ActorAuthentication}, exactly what {@link TokenActorConverter} produces from a token. Malformed headers
 * authenticate nobody, so the request is refused as unauthenticated. A request with an {@code Authorization}
 * header is left to the token alone: headers never stand in for, or beside, a credential.
 */
public class DevHeaderAuthenticationFilter extends OncePerRequestFilter {

    public static final String USER = "X-Kaohe-User";
    public static final String USER_NAME = "X-Kaohe-User-Name";
    public static final String DEPARTMENT = "X-Kaohe-Department";
    public static final String ROLES = "X-Kaohe-Roles";

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var actor = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? actorOf(request) : null;
        if (actor != null) {
            SecurityContextHolder.getContext().setAuthentication(new ActorAuthentication(actor));
        }
        chain.doFilter(request, response);
    }

    static Actor actorOf(HttpServletRequest request) {
        String id = request.getHeader(USER);
        if (id == null || !USER_ID.matcher(id).matches()) {
            return null;
        }
        try {
            Set<Role> roles = parseRoles(request.getHeader(ROLES));
            if (roles.isEmpty()) {
                return null;
            }
            String name = decode(request.getHeader(USER_NAME), id);
            String department = decode(request.getHeader(DEPARTMENT), null);
            return new Actor(id, name, department, roles);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static Set<Role> parseRoles(String header) {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(header.split(","))
                .map(String::trim)
                .filter(role -> !role.isEmpty())
                .map(role -> Role.valueOf(role.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String decode(String header, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String decoded = URLDecoder.decode(header, StandardCharsets.UTF_8);
        String value = decoded.strip();
        if (value.isEmpty() || value.length() > 100 || decoded.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("header too long or with control characters");
        }
        return value;
    }
}
