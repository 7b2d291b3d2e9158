package kaohe.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PostgreSQL 14 from zonky's Maven binaries. Started from this JVM but the server is its own process (pg_ctl);
 * data in {@code <data>/postgres} survives restarts, binaries unpack into {@code <data>/pg-bin} (or
 * {@code -Dkaohe.pg.bin-dir}).
 */
final class PostgresEngine implements AutoCloseable {
    static final String USER = "postgres";
    /** zonky's initdb uses trust authentication: any password is accepted, this one is for the config files. */
    static final String PASSWORD = "postgres";
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final EmbeddedPostgres pg;
    private final Path dataDir;
    private final Path pidFile;
    private final Path log;

    private PostgresEngine(EmbeddedPostgres pg, Path dataDir, Path pidFile, Path log) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.pidFile = pidFile;
        this.log = log;
    }

    static PostgresEngine start(EngineConfig config) throws IOException, SQLException {
        Path dataDir = config.dataDir().resolve("postgres");
        // -Dkaohe.pg.bin-dir lets many short-lived data dirs (test JVMs) share one unpacked copy of the binaries.
        Path binDir = Path.of(System.getProperty("kaohe.pg.bin-dir", config.dataDir().resolve("pg-bin").toString()))
                .toAbsolutePath().normalize();
        Path log = config.logs().resolve("postgres.log");
        Path pidFile = ChildProcess.pidFile(config.dataDir(), "postgres");
        Files.createDirectories(config.pids());
        ChildProcess.rotate(log);

        // A postmaster left running by a killed JVM would answer zonky's readiness probe on the same port:
        // stop it first. SIGINT is PostgreSQL's "fast" shutdown (SIGTERM would wait for its clients).
        ChildProcess.stopRecorded(pidFile, dataDir.toString(), "INT");
        ChildProcess.stopRecorded(dataDir.resolve("postmaster.pid"), dataDir.toString(), "INT");

        EmbeddedPostgres pg;
        try {
            pg = builder(binDir)
                    .setPort(config.postgresPort())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory(binDir.toFile())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setLocaleConfig("locale", "C") // the same everywhere, whatever LANG says
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("unix_socket_directories", "") // no socket files in /tmp
                    .setServerConfig("max_connections", "200")
                    // zonky passes -F (fsync off) and synchronous_commit=off; the event store is the source of
                    // truth, so keep PostgreSQL's durable defaults (later -c options win over -F).
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_buffers", "128MB")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + config.postgresPort() + ": " + e
                    + ChildProcess.tail(log), e);
        }
        postmasterPid(dataDir).ifPresent(pid -> writeQuietly(pidFile, pid));
        PostgresEngine engine = new PostgresEngine(pg, dataDir, pidFile, log);
        try {
            engine.createDatabases(config.postgresPort(), config.databases());
        } catch (SQLException | RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    /**
     * zonky reads {@code ot.epg.working-dir} once, when a builder is made, and always creates (and sweeps) that
     * directory; pointing it into our data dir for that moment keeps {@code /tmp/embedded-pg} out of the picture.
     */
    private static synchronized EmbeddedPostgres.Builder builder(Path binDir) {
        String key = "ot.epg.working-dir";
        String before = System.getProperty(key);
        System.setProperty(key, binDir.toString());
        try {
            return EmbeddedPostgres.builder();
        } finally {
            if (before == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, before);
            }
        }
    }

    private void createDatabases(int port, List<String> databases) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(port, "postgres"), USER, PASSWORD)) {
            for (String db : databases) {
                if (!DB_NAME.matcher(db).matches()) {
                    throw new IllegalArgumentException("database name must match " + DB_NAME + ": " + db);
                }
                try (PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    q.setString(1, db);
                    try (ResultSet rs = q.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    s.execute("create database \"" + db + "\" owner " + USER);
                }
            }
        }
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** First line of postmaster.pid is the server's pid. */
    private static Optional<String> postmasterPid(Path dataDir) {
        try {
            return Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst().map(String::trim);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writeQuietly(Path file, String pid) {
        try {
            Files.writeString(file, pid + "\n");
        } catch (IOException ignored) {
            // only used to find an orphan later; postmaster.pid is checked too
        }
    }

    Path log() {
        return log;
    }

    /** pg_ctl stop -m fast (zonky), then make sure the postmaster is really gone. */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = ChildProcess.recorded(pidFile, dataDir.toString());
        try {
            pg.close();
        } catch (IOException e) {
            // fall through: the postmaster is stopped by signal below
        }
        postmaster.ifPresent(h -> {
            if (!ChildProcess.waitForExit(h, ChildProcess.STOP_TIMEOUT)) {
                ChildProcess.terminate(h, "INT", ChildProcess.STOP_TIMEOUT);
            }
        });
        ChildProcess.deleteQuietly(pidFile);
    }
}
