package kaohe.gateway.downstream;

import com.sun.net.httpserver.HttpServer;
import kaohe.gateway.StubHealth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** Stand-ins for a service's instance: one that answers (after a delay, if asked), one that resets every request. */
final class Stubs {

    private Stubs() {
    }

    /** An instance answering {@code {"from":"<name>"}} after {@code delay}, health UP at once; it records each request
     * (method, URI, body). */
    static final class Answering {

        final String name;
        final List<String> received = new CopyOnWriteArrayList<>();
        final HttpServer server;

        Answering(String name, Duration delay) {
            this.name = name;
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/", exchange -> {
                String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                received.add((exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + sent).strip());
                sleep(delay);
                byte[] body = ("{\"from\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            StubHealth.reportsUp(server);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }

    /** An instance that reads each request whole, counts it, then resets the connection without a byte of answer. */
    static final class Resetting {

        final List<String> received = new CopyOnWriteArrayList<>();
        final ServerSocket socket;

        Resetting() {
            try {
                socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var server = new Thread(this::serve, "resetting-stub");
            server.setDaemon(true);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket connection = socket.accept()) {
                    String head = head(connection.getInputStream());
                    connection.getInputStream().readNBytes(contentLength(head));
                    if (!head.contains("/actuator/health")) {
                        received.add(head.lines().findFirst().orElse(""));
                    }
                    connection.setSoLinger(true, 0);
                } catch (IOException closedOrBroken) {
                    // the next connection, or the end when the socket closes
                }
            }
        }

        private static String head(InputStream in) throws IOException {
            var head = new ByteArrayOutputStream();
            while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.write(next);
            }
            return head.toString(StandardCharsets.ISO_8859_1);
        }

        private static int contentLength(String head) {
            return head.lines().map(line -> line.toLowerCase(Locale.ROOT))
                    .filter(line -> line.startsWith("content-length:"))
                    .map(line -> Integer.parseInt(line.substring("content-length:".length()).strip()))
                    .findFirst().orElse(0);
        }

        void stop() throws IOException {
            socket.close();
        }
    }

    /** A port nothing listens on: connecting is refused. */
    static String closedUrl() {
        try (var socket = new ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
