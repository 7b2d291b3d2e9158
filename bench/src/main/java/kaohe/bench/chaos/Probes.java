package kaohe.bench.chaos;

import com.fasterxml.jackson.databind.ObjectMapper;
import kaohe.bench.BenchHttp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Whether a process is healthy again (a service's or the gateway's actuator health UP; an engine's port
 * accepting) and whether the gateway serves a read of each context that process serves.
 */
final class Probes {

    /** A read through the gateway that needs a context: who reads, and what. */
    record Read(BenchHttp.Identity who, String path) {
    }

    private final ChaosEnv env;
    private final BenchHttp http;
    private final Map<String, Read> reads;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient direct = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code reads}: per context ({@code indicator} … and {@code evidence-content}, the object store's). */
    Probes(ChaosEnv env, BenchHttp http, Map<String, Read> reads) {
        this.env = env;
        this.http = http;
        this.reads = Map.copyOf(reads);
    }

    boolean healthy(String name) {
        return switch (name) {
            case "postgres", "kafka", "s3proxy" -> accepting(env.enginePort(name));
            default -> healthUp(ChaosEnv.httpPort(name));
        };
    }

    /** Whether the gateway serves a read of every context {@code name} stands behind. */
    boolean served(String name) {
        for (String context : contextsOf(name)) {
            Read read = reads.get(context);
            try {
                int status = context.endsWith("-content") ? http.getBytes(read.who(), read.path()).statusCode()
                        : http.sendRaw(read.who(), "GET", read.path(), Map.of(), null, Duration.ofSeconds(5))
                                .statusCode();
                if (status != 200) {
                    return false;
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception unanswered) {
                return false;
            }
        }
        return true;
    }

    static List<String> contextsOf(String name) {
        String service = name.endsWith("-2") ? name.substring(0, name.length() - 2) : name;
        return switch (service) {
            case "indicator", "ledger", "evidence", "scoring" -> List.of(service);
            case "gateway", "postgres" -> List.of("indicator", "ledger", "evidence", "scoring");
            case "s3proxy" -> List.of("evidence-content");
            default -> List.of();   // identity (tokens come from it directly), kafka (nothing reads through it)
        };
    }

    private boolean healthUp(int port) {
        try {
            var response = direct.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/actuator/health")).timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString());
            // the top-level status: a component (a downstream shown as a detail) may be DOWN while this is UP
            return response.statusCode() == 200 && json.readTree(response.body()).path("status").asText().equals("UP");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException down) {
            return false;
        }
    }

    private static boolean accepting(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
