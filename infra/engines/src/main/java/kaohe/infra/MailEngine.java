package kaohe.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GreenMail 2.1.5 (standalone) as its own JVM: a real SMTP server the services send their reminders to, with IMAP
 * and a web page ({@code /api/user/<address>/messages/INBOX}, an OpenAPI viewer at {@code /}) where a person reads
 * what arrived. Any address receives mail and any login reads its own mailbox (authentication off): a mailbox for
 * local runs and tests, kept in memory, so a restart empties it.
 */
final class MailEngine implements Engine {
    static final String NAME = "mail";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;

    private MailEngine(ChildProcess process) {
        this.process = process;
    }

    static MailEngine start(EngineConfig config, Path libDir) throws IOException {
        Path log = config.logs().resolve("mail.log");
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), NAME), config.dataDir().toString(), "TERM");
        ChildProcess.rotate(log);
        EngineConfig.MailPorts ports = config.mail();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ChildProcess child = ChildProcess.start(NAME, List.of(java, "-Xmx128m", "-XX:+UseSerialGC",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + ports.smtp(),
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + ports.imap(),
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + ports.web(),
                "-Dgreenmail.auth.disabled",
                "-cp", libDir.resolve("*").toString(), "com.icegreen.greenmail.standalone.GreenMailStandaloneRunner"),
                config, log);
        MailEngine engine = new MailEngine(child);
        String readiness = webAddress(config) + "/api/service/readiness";
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            child.await("GreenMail ready at " + readiness, READY_TIMEOUT, () -> ready(http, readiness));
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    static String webAddress(EngineConfig config) {
        return "http://127.0.0.1:" + config.mail().web();
    }

    /** 200 once SMTP and IMAP accept connections (503 before). */
    private static boolean ready(HttpClient http, String readiness) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(readiness)).timeout(Duration.ofSeconds(2)).build();
            return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public String exitCode() {
        return process.exitCode();
    }

    @Override
    public void close() {
        process.stop();
    }
}
