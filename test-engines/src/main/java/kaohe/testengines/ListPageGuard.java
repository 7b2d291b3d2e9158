package kaohe.testengines;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code GET /api/**} of a running service that answers a list refuses a page out of bounds
 * ({@code limit} 0 or over 1000, {@code offset} below 0) with 400 {@code invalid-parameter} naming the field, before
 * it looks at anything else: so a list added later is bounded too, or this fails naming it.
 */
public final class ListPageGuard {

    private static final ApiClient.DevUser OFFICE = new ApiClient.DevUser("office-admin", "办公室管理员", "办公室",
            "OFFICE");
    private static final List<String> OUT_OF_BOUNDS = List.of("limit=1001", "limit=0", "limit=many", "offset=-1");

    private ListPageGuard() {
    }

    public static void assertEveryListRefusesAPageOutOfBounds(ApplicationContext context, TestRestTemplate http) {
        var lists = new TreeSet<String>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET) && answersList(handler
                            .getReturnType()) && !takesItsOwnLimit(handler.getMethodParameters())) {
                        info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                                .forEach(lists::add);
                    }
                }));
        assertThat(lists).as("lists under /api/").isNotEmpty();
        var api = new ApiClient(http);
        var answers = new TreeMap<String, String>();
        for (String list : lists) {
            String path = list.replaceAll("\\{[^}]+}", "x");
            for (String query : OUT_OF_BOUNDS) {
                var answer = api.get(OFFICE, path + "?" + query);
                answers.put(path + "?" + query, answer.status() + " " + answer.code() + " "
                        + answer.body().path("errors").path(0).path("field").asText());
            }
        }
        assertThat(answers).allSatisfy((request, answer) -> assertThat(answer).as(request)
                .isEqualTo("400 invalid-parameter " + request.replaceAll(".*\\?(\\w+)=.*", "$1")));
    }

    private static boolean answersList(MethodParameter answer) {
        Class<?> type = answer.getParameterType().getName().equals("org.springframework.http.ResponseEntity")
                ? answer.nested().getNestedParameterType() : answer.getParameterType();
        return List.class.isAssignableFrom(type);
    }

    private static boolean takesItsOwnLimit(MethodParameter[] parameters) {
        for (MethodParameter parameter : parameters) {
            if ("limit".equals(parameter.getParameterName())) {
                return true;
            }
        }
        return false;
    }
}
