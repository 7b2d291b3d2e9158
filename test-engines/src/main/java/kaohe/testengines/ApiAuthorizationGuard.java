package kaohe.testengines;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every handler method a running service maps under {@code /api/} declares its role rule with
 * {@code @PreAuthorize} (on the method or its class), so a new endpoint cannot ship open to any authenticated
 * caller just because nobody remembered to guard it. Object-level rules may follow in the method body.
 */
public final class ApiAuthorizationGuard {

    private ApiAuthorizationGuard() {
    }

    /** Fails naming every unguarded endpoint of {@code context}; also fails if it maps no API at all. */
    public static void assertEveryApiEndpointDeclaresItsRule(ApplicationContext context) {
        var endpoints = new TreeSet<String>();
        var unguarded = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                collect(mapping.getHandlerMethods(), endpoints, unguarded));
        assertThat(endpoints).as("endpoints under /api/").isNotEmpty();
        assertThat(unguarded).as("endpoints under /api/ without @PreAuthorize").isEmpty();
    }

    static void collect(Map<RequestMappingInfo, HandlerMethod> handlers, TreeSet<String> endpoints,
                        TreeSet<String> unguarded) {
        handlers.forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String endpoint = info.getMethodsCondition().getMethods() + " " + pattern + " "
                        + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
                endpoints.add(endpoint);
                if (!guarded(handler)) {
                    unguarded.add(endpoint);
                }
            }
        });
    }

    private static boolean guarded(HandlerMethod handler) {
        return AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
    }
}
