package kaohe.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the benches' callers from the local identity service's development endpoints: the office's
 * from its demo user, a made-up member of its staff's from {@code /dev/tokens/office}, a made-up department's
 * liaison's from {@code /dev/tokens/liaison}. One per caller, renewed a minute before it expires, so the benches go
 * through exactly the checks real users do.
 */
public final class BenchTokens {

    private record Held(String token, Instant renewAfter) {
    }

    private final String identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<BenchHttp.Identity, Held> held = new ConcurrentHashMap<>();

    public BenchTokens(String identity) {
        this.identity = identity;
    }

    public String bearer(BenchHttp.Identity who) {
        Held token = held.get(who);
        if (token == null || Instant.now().isAfter(token.renewAfter())) {
            token = fetch(who);
            held.put(who, token);
        }
        return "Bearer " + token.token();
    }

    private Held fetch(BenchHttp.Identity who) {
        // a made-up department's liaison by department, a made-up office staff member by number, a demo user by id
        String path;
        String form;
        if (who.roles().equals("LIAISON")) {
            path = "/dev/tokens/liaison";
            form = "department=" + URLEncoder.encode(who.department(), StandardCharsets.UTF_8);
        } else if (who.userId().startsWith(BenchHttp.Identity.OFFICE_STAFF)) {
            path = "/dev/tokens/office";
            form = "staff=" + who.userId().substring(BenchHttp.Identity.OFFICE_STAFF.length());
        } else {
            path = "/dev/tokens";
            form = "user=" + who.userId();
        }
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(identity + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("no token for " + who.userId() + " from " + identity + ": "
                        + response.statusCode() + " " + response.body());
            }
            var answer = json.readTree(response.body());
            long lifetime = answer.path("expires_in").asLong(60);
            return new Held(answer.get("access_token").asText(),
                    Instant.now().plusSeconds(Math.max(0, lifetime - 60)));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (java.io.IOException unreachable) {
            throw new IllegalStateException("identity service " + identity + " unreachable", unreachable);
        }
    }
}
