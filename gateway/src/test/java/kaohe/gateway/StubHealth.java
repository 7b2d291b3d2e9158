package kaohe.gateway;

import com.sun.net.httpserver.HttpServer;

import java.nio.charset.StandardCharsets;

/**
 * A stand-in service's {@code /actuator/health}, answered UP apart from what the stub records: the gateway asks
 * it every second, and those checks are not requests anyone routed.
 */
public final class StubHealth {

    private StubHealth() {
    }

    public static void reportsUp(HttpServer server) {
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
