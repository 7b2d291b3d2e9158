package kaohe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds RFC 9457 problem details in Chinese by default, English for {@code Accept-Language: en}. Texts come
 * from {@code kaohe/platform-messages} and the service's own {@code kaohe/messages} bundle.
 */
public class Problems {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final ObjectMapper objectMapper;

    public Problems(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
        messages.setBasenames("kaohe/messages", "kaohe/platform-messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Chinese unless the client prefers English. */
    public static Locale localeOf(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null) {
            return CHINESE;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0];
                if (language.equals("en")) {
                    return Locale.ENGLISH;
                }
                if (language.equals("zh")) {
                    return CHINESE;
                }
            }
        } catch (IllegalArgumentException malformed) {
            return CHINESE;
        }
        return CHINESE;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT);
    }

    public ProblemDetail problem(int status, String code, Locale locale, Map<String, String> fieldErrors,
                                 Object... args) {
        var problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:kaohe:problem:" + code));
        problem.setTitle(text("problem." + code + ".title", locale));
        problem.setDetail(text("problem." + code + ".detail", locale, args));
        problem.setProperty("code", code);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("errors", fieldErrors.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(error -> Map.of("field", error.getKey(),
                            "message", text("problem." + error.getValue() + ".title", locale)))
                    .toList());
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }

    /** Field errors whose messages are already localised (bean validation). */
    public ProblemDetail problemWithMessages(int status, String code, Locale locale,
                                             List<Map<String, String>> errors, Object... args) {
        var problem = problem(status, code, locale, Map.of(), args);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** For filters, which answer before any controller advice can. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String code,
                      Object... args) throws IOException {
        var problem = problem(status, code, localeOf(request), Map.of(), args);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
