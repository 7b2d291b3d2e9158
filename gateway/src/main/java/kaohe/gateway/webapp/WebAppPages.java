package kaohe.gateway.webapp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.util.Set;
import java.util.function.Function;

/**
 * The browser app (the {@code kaohe:web} jar's {@code static/}) at {@code /}. Its routes live in the browser
 * (history mode), so a page asked for at any other path — a reload of {@code /indicators/abc}, a bookmark — gets
 * index.html too, and the app shows the route. Only a request that asks for HTML gets it: a script, an image or an
 * API call for something missing gets a 404, never a page; nor does anything under the gateway's own prefixes,
 * which keep their answers, or under {@code assets/}, whose files all exist or are gone.
 */
@Configuration
public class WebAppPages {

    private static final Set<String> NOT_PAGES = Set.of("api", "v3", "actuator", "swagger-ui", "swagger-ui.html",
            "webjars", "config.json");
    private static final Resource INDEX = new ClassPathResource("static/index.html");

    /** Asked before the routes and springdoc (router functions come first), so it passes on what is not its own. */
    @Bean
    RouterFunction<ServerResponse> webAppRoute(PageHeaders headers) {
        var files = RouterFunctions.resourceLookupFunction("/**", new ClassPathResource("static/"));
        Function<ServerRequest, Mono<Resource>> pages = request -> isPage(request)
                ? files.apply(request).switchIfEmpty(Mono.defer(() -> indexFor(request)))
                : Mono.empty();
        return RouterFunctions.resources(pages, headers);
    }

    private static boolean isPage(ServerRequest request) {
        var method = request.method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            return false;
        }
        var elements = request.requestPath().pathWithinApplication().elements();
        String first = elements.size() > 1 ? elements.get(1).value() : "";
        return !NOT_PAGES.contains(first);
    }

    private static Mono<Resource> indexFor(ServerRequest request) {
        String path = request.requestPath().pathWithinApplication().value();
        boolean page = path.equals("/") || !path.startsWith("/assets/") && asksForHtml(request);
        return page && INDEX.exists() ? Mono.just(INDEX) : Mono.empty();
    }

    /** A browser navigating names text/html; a fetch or a script says {@code *}{@code /*}, which is no page. */
    private static boolean asksForHtml(ServerRequest request) {
        return request.headers().accept().stream().anyMatch(type -> !type.isWildcardType()
                && (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
    }
}
