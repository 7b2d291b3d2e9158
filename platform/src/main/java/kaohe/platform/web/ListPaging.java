package kaohe.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Arrays;
import java.util.List;

/**
 * Every {@code GET /api/**} that answers a list is paged here, with no code in its controller: {@code offset}
 * (≥ 0) and {@code limit} (1 … {@value Paging#MAX_LIMIT}, default {@value Paging#MAX_LIMIT}) are checked before
 * the handler runs (400 {@code invalid-parameter} on the field), the list is cut to that page, and a page that is
 * not the last links to the next ({@link Paging}). An endpoint that takes its own {@code limit} (the audit
 * trail, paged in its query) is left to page itself.
 */
@RestControllerAdvice
public class ListPaging implements HandlerInterceptor, ResponseBodyAdvice<Object> {

    private static final String PAGE = ListPaging.class.getName() + ".page";

    private record Page(int offset, int limit) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && paged(request, method)) {
            request.setAttribute(PAGE, new Page(Paging.offset(number(request, "offset", 0)),
                    Paging.limit(number(request, "limit", Paging.MAX_LIMIT))));
        }
        return true;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (!(body instanceof List<?> list) || !(request instanceof ServletServerHttpRequest servlet)
                || !(servlet.getServletRequest().getAttribute(PAGE) instanceof Page page)) {
            return body;
        }
        var answer = Paging.slice(list, page.offset(), page.limit());
        response.getHeaders().putAll(answer.getHeaders());
        return answer.getBody();
    }

    private static boolean paged(HttpServletRequest request, HandlerMethod method) {
        return request.getMethod().equals("GET") && request.getRequestURI().startsWith("/api/")
                && List.class.isAssignableFrom(listType(method))
                && Arrays.stream(method.getMethodParameters()).noneMatch(ListPaging::takesLimit);
    }

    /** The declared answer, looking inside {@code ResponseEntity<…>}. */
    private static Class<?> listType(HandlerMethod method) {
        MethodParameter answer = method.getReturnType();
        return answer.getParameterType().getName().equals("org.springframework.http.ResponseEntity")
                ? answer.nested().getNestedParameterType() : answer.getParameterType();
    }

    private static boolean takesLimit(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        return param != null && (param.name().equals("limit") || param.value().equals("limit")
                || "limit".equals(parameter.getParameterName()));
    }

    private static int number(HttpServletRequest request, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }
}
