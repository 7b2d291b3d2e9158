package kaohe.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * GreenMail 2.1.5 (standalone) as its own JVM: a real SMTP server the services send their reminders to, with IMAP
 * and a web page ({@code /api/user/<address>/messages/INBOX}, an OpenAPI viewer at {@code /}) where a person reads
 * what arrived. Any address receives mail and any login reads its own mailbox (authentication off): a mailbox for
 * local runs and tests, kept in memory, so a restart empties it.
 */
final class MailEngine {
    static final String NAME = "mail";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private MailEngine() {
    }

    /** The running server: its process is the whole engine. */
    static Engine start(EngineConfig config, Path libDir) throws IOException {
        Path log = config.logs().resolve("mail.log");
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), NAME), config.dataDir().toString(), "TERM");
        ChildProcess.rotate(log);
        EngineConfig.MailPorts ports = config.mail();
        ChildProcess child = ChildProcess.startJava(NAME, List.of("-Xms16m", "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + ports.smtp(),
                "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=" + ports.imap(),
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + ports.web(),
                "-Dgreenmail.auth.disabled"), libDir,
                List.of("com.icegreen.greenmail.standalone.GreenMailStandaloneRunner"), config, log);
        String readiness = webAddress(config) + "/api/service/readiness";
        try {
            HttpProbe probe = new HttpProbe();
            // 200 once SMTP and IMAP accept connections (503 before)
            child.await("GreenMail ready at " + readiness, READY_TIMEOUT, () -> probe.status(readiness) == 200);
        } catch (RuntimeException e) {
            child.close();
            throw e;
        }
        return child;
    }

    static String webAddress(EngineConfig config) {
        return "http://127.0.0.1:" + config.mail().web();
    }
}
