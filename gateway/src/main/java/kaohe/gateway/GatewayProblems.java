package kaohe.gateway;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

/**
 * The gateway's own refusals, as RFC 9457 problems shaped like the services' (type, title, status, detail,
 * code), in Chinese (English where the client asks for it and the gateway's text has both): they are answered
 * here, before or instead of any service.
 */
public final class GatewayProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayProblems() {
    }

    /** The problem as a body, for the gateway's own controllers. */
    public static ResponseEntity<ProblemDetail> entity(HttpStatus status, String code, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:kaohe:problem:" + code));
        problem.setTitle(title);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** English for a client that prefers it ({@code Accept-Language: en} before any {@code zh}), else Chinese. */
    public static boolean prefersEnglish(ServerWebExchange exchange) {
        String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null) {
            return false;
        }
        try {
            return Locale.LanguageRange.parse(header).stream().map(range -> range.getRange().split("-")[0])
                    .filter(language -> language.equals("en") || language.equals("zh"))
                    .findFirst().filter("en"::equals).isPresent();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String code, String title,
                            String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:kaohe:problem:" + code);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("code", code);
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        try {
            return response.writeWith(Mono.just(response.bufferFactory().wrap(JSON.writeValueAsBytes(problem))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            return Mono.error(impossible);
        }
    }
}
