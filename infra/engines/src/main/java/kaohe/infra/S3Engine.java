package kaohe.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

/**
 * s3proxy 2.9.0 (S3 API) on the {@code filesystem-nio2} backend, as its own JVM: it breaks with mixed Jackson
 * versions on a shared class path. Buckets are directories under {@code <data>/s3}, so the bucket is created before
 * the server starts.
 */
final class S3Engine implements Engine {
    static final String NAME = "s3proxy";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final ChildProcess process;

    private S3Engine(ChildProcess process) {
        this.process = process;
    }

    static S3Engine start(EngineConfig config, Path libDir) throws IOException {
        Path baseDir = config.dataDir().resolve("s3");
        Path log = config.logs().resolve("s3proxy.log");
        Path props = config.conf().resolve("s3proxy.properties");
        Path logback = config.conf().resolve("s3proxy-logback.xml");
        Files.createDirectories(config.conf());
        ChildProcess.stopRecorded(ChildProcess.pidFile(config.dataDir(), NAME), config.dataDir().toString(), "TERM");
        ChildProcess.rotate(log);

        Path bucket = baseDir.resolve(config.bucket());
        if (!Files.isDirectory(bucket)) {
            // rwx------: the filesystem backend reports a bucket that others may read as public-read, which would
            // let anonymous requests list and read it.
            Files.createDirectories(bucket, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        String endpoint = "http://127.0.0.1:" + config.s3Port();
        Files.writeString(props, String.join("\n",
                "# written by kaohe.infra.S3Engine on every start",
                "s3proxy.endpoint=" + endpoint,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + config.s3AccessKey(),
                "s3proxy.credential=" + config.s3SecretKey(),
                "jclouds.provider=filesystem-nio2",
                "jclouds.identity=" + config.s3AccessKey(),
                "jclouds.credential=" + config.s3SecretKey(),
                "jclouds.filesystem.basedir=" + baseDir,
                ""));
        Files.writeString(logback, LOGBACK);

        ChildProcess child = ChildProcess.startJava(NAME, List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dlogback.configurationFile=" + logback), libDir,
                List.of("org.gaul.s3proxy.Main", "--properties", props.toString()), config, log);
        S3Engine engine = new S3Engine(child);
        try {
            HttpProbe probe = new HttpProbe();
            // any status (403 for an unsigned request) means Jetty and the S3 handler are up
            child.await("HTTP answer on " + endpoint, READY_TIMEOUT, () -> probe.status(endpoint + "/") > 0);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
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

    /** s3proxy ships no logback config and logback's default is DEBUG for everything (Jetty floods the log). */
    private static final String LOGBACK = """
            <configuration>
              <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="org.gaul.shaded" level="WARN"/>
              <logger name="org.eclipse.jetty" level="WARN"/>
              <logger name="jclouds" level="WARN"/>
              <root level="INFO"><appender-ref ref="OUT"/></root>
            </configuration>
            """;
}
