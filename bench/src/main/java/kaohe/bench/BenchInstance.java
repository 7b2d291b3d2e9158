package kaohe.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM of a service for the benches: its own database and port, reading nothing the running system
 * writes, started with the options {@code ./kaohe} gives every service. Only the process it started is ever
 * signalled.
 */
final class BenchInstance implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private final List<String> command = new ArrayList<>();
    private final int port;
    private final String base;
    private final String portVariable;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile Process process;
    private boolean hooked;

    /**
     * {@code service} names the chain key file; {@code portVariable} is what the operator sets when the port is
     * taken; {@code options} are the instance's own settings ({@code --kaohe.scoring.consume=false} …).
     */
    BenchInstance(String service, Path jar, String jvmOptions, String root, String jdbcUrl, int port,
                  String portVariable, Path log, List<String> options) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.portVariable = portVariable;
        this.log = log;
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String option : jvmOptions.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-Daxoniq.update-checker.disabled=true", "-Dfile.encoding=UTF-8",
                "-Dkaohe.root=" + root, "-jar", jar.toString(), "--spring.datasource.url=" + jdbcUrl,
                "--server.port=" + port,
                // one key across its starts: a service refuses a database whose chain another key signed
                "--kaohe.chain.key-file=" + log.resolveSibling(service + "-bench-chain-signing-key")));
        command.addAll(options);
    }

    String baseUrl() {
        return base;
    }

    Path log() {
        return log;
    }

    /** The running JVM's pid (its CPU is measured beside the system's). */
    long pid() {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException("the bench instance is not running");
        }
        return process.pid();
    }

    /** Starts the JVM and waits until it is healthy (its stored events folded); answers how long that took. */
    Duration start() throws Exception {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the bench instance is already running (pid " + process.pid() + ")");
        }
        // a health check answered by someone else's process on the port would time nothing
        try (var probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new IllegalStateException("port " + port + " is taken: set " + portVariable + " to a free one");
        }
        Files.createDirectories(log.getParent());
        long began = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        if (!hooked) {
            // a bench stopped by Ctrl-C runs no finally block: the instance must not outlive it
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (process.isAlive()) {
                    process.destroy();
                }
            }, "bench-instance-stop"));
            hooked = true;
        }
        long deadline = began + START_TIMEOUT.toNanos();
        while (!healthy()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the bench instance exited with " + process.exitValue()
                        + " during start-up; log: " + log + "\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bench instance was not healthy within "
                        + START_TIMEOUT.toMinutes() + " min; log: " + log + "\n" + tail());
            }
            Thread.sleep(250);
        }
        return Duration.ofNanos(System.nanoTime() - began);
    }

    /** SIGTERM to the process started here, SIGKILL if it has not gone within a minute. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private boolean healthy() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"");
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }
}
