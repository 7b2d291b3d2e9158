package kaohe.identity.signin;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A plain HTTP client with cookies that follows no redirect by itself: each step of a sign-in is seen. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    Browser(String base) {
        this.base = URI.create(base);
    }

    HttpResponse<String> get(String uri) {
        return send(HttpRequest.newBuilder(base.resolve(uri)).header("Accept", "text/html").GET().build());
    }

    HttpResponse<String> postForm(String uri, Map<String, String> form) {
        return send(HttpRequest.newBuilder(base.resolve(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build());
    }

    HttpResponse<String> withBearer(String uri, String token) {
        return send(HttpRequest.newBuilder(base.resolve(uri)).header("Authorization", "Bearer " + token).GET().build());
    }

    /** A CORS preflight from {@code origin} for a POST with a form body. */
    HttpResponse<String> preflight(String uri, String origin) {
        return send(HttpRequest.newBuilder(base.resolve(uri)).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** The sign-in page's form, filled in and sent with the page's CSRF token. */
    HttpResponse<String> signIn(String username, String password) {
        String page = get("/login").body();
        var token = CSRF.matcher(page);
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the sign-in page: " + page);
        }
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", token.group(1)));
    }

    List<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
    }

    /** Where a redirect sends the browser, resolved against the provider's address. */
    URI location(HttpResponse<String> response) {
        return base.resolve(response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode() + " " + response.body())));
    }

    static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
