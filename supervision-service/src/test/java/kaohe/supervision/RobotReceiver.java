package kaohe.supervision;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the WeCom and DingTalk robot endpoints, recording every body it receives: {@code /ok/…}
 * answers {@code errcode 0}; {@code /down} answers 500; {@code /refuses} answers 200 with errcode 93000 (as a
 * robot whose key was revoked or that is throttled does); {@code /silent} takes the message and answers only after
 * the sender stopped waiting.
 */
public final class RobotReceiver {

    public record Received(String path, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private RobotReceiver(HttpServer server) {
        this.server = server;
    }

    static RobotReceiver start() {
        try {
            var receiver = new RobotReceiver(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
            receiver.server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            receiver.server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getPath();
                receiver.received.add(new Received(path, body));
                if (path.equals("/silent")) {
                    pause(SILENCE);
                }
                int status = path.equals("/down") ? 500 : 200;
                String answer = path.equals("/refuses") ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
                        : path.equals("/down") ? "internal error" : "{\"errcode\":0,\"errmsg\":\"ok\"}";
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            receiver.server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.time.Duration SILENCE = java.time.Duration.ofSeconds(12);

    private static void pause(java.time.Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The bodies received on {@code path} whose text contains {@code marker}. */
    public List<String> bodies(String path, String marker) {
        return received.stream().filter(r -> r.path().equals(path) && r.body().contains(marker))
                .map(Received::body).toList();
    }

    void stop() {
        server.stop(0);
    }
}
