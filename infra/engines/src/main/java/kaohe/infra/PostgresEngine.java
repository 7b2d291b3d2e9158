package kaohe.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
final class PostgresEngine implements Engine {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresEngine.class);
    static final String NAME = "postgres";
    static final String USER = "postgres";
    /** zonky's initdb uses trust authentication: any password is accepted, this one is for the config files. */
    static final String PASSWORD = "postgres";
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /**
     * How long the backends of a killed postmaster may take to exit before they are killed. Idle ones leave at
     * once; a busy one notices only when its statement ends, and no server can start until it is gone: waiting long
     * for it would only prolong the outage (what it committed is in the WAL the restarted server recovers from).
     */
    private static final Duration ORPHAN_TIMEOUT = Duration.ofSeconds(10);

    private final EmbeddedPostgres pg;
    private final Path dataDir;
    private final Path pidFile;
    private final Path log;
    private final Optional<ProcessHandle> postmaster;

    private PostgresEngine(EmbeddedPostgres pg, Path dataDir, Path pidFile, Path log,
                           Optional<ProcessHandle> postmaster) {
        this.pg = pg;
        this.dataDir = dataDir;
        this.pidFile = pidFile;
        this.log = log;
        this.postmaster = postmaster;
    }

    static PostgresEngine start(EngineConfig config) throws IOException, SQLException {
        Path dataDir = config.dataDir().resolve("postgres");
        // -Dkaohe.pg.bin-dir lets many short-lived data dirs (test JVMs) share one unpacked copy of the binaries.
        Path binDir = Path.of(System.getProperty("kaohe.pg.bin-dir", config.dataDir().resolve("pg-bin").toString()))
                .toAbsolutePath().normalize();
        Path log = config.logs().resolve("postgres.log");
        Path pidFile = ChildProcess.pidFile(config.dataDir(), NAME);
        Files.createDirectories(config.pids());
        ChildProcess.rotate(log);
        stopLeftover(config.dataDir());

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
        Optional<String> pid = postmasterPid(dataDir);
        pid.ifPresent(p -> writeQuietly(pidFile, p));
        PostgresEngine engine = new PostgresEngine(pg, dataDir, pidFile, log,
                pid.flatMap(p -> ProcessHandle.of(Long.parseLong(p))));
        try {
            engine.createDatabases(config.postgresPort(), config.databases());
        } catch (SQLException | RuntimeException e) {
            engine.close();
            throw e;
        }
        return engine;
    }

    /**
     * Makes the data dir ready for a postmaster of ours: a postmaster left running by a killed JVM would answer
     * zonky's readiness probe on the same port, so it is stopped (SIGINT is PostgreSQL's "fast" shutdown; SIGTERM
     * would wait for its clients). The backends of a postmaster that was killed outlive it for a moment, and
     * PostgreSQL refuses to start while they still hold the old shared memory: wait for them. postmaster.pid stays
     * where it is - PostgreSQL checks a stale one itself and it names that shared memory. Returns whether there
     * was anything to stop.
     */
    static boolean stopLeftover(Path engineData) {
        Path dataDir = engineData.resolve("postgres");
        boolean stopped = ChildProcess.stopRecorded(ChildProcess.pidFile(engineData, NAME), dataDir.toString(), "INT");
        Optional<ProcessHandle> running = ChildProcess.recorded(dataDir.resolve("postmaster.pid"), dataDir.toString());
        running.ifPresent(h -> ChildProcess.terminate(h, "INT", ChildProcess.STOP_TIMEOUT));
        return awaitOrphans(dataDir) | stopped | running.isPresent();
    }

    /**
     * Backends of a dead postmaster: processes whose working directory is the data dir (the server chdirs there).
     * They exit on their own once they notice; after {@link #ORPHAN_TIMEOUT} they are killed, as PostgreSQL's own
     * hint says ("Terminate any old server processes associated with data directory").
     */
    private static boolean awaitOrphans(Path dataDir) {
        long deadline = System.nanoTime() + ORPHAN_TIMEOUT.toNanos();
        boolean found = false;
        for (List<ProcessHandle> left = inDataDir(dataDir); !left.isEmpty(); left = inDataDir(dataDir)) {
            if (!found) {
                LOG.info("waiting for {} processes of a stopped postmaster to exit: {}", left.size(),
                        left.stream().map(ProcessHandle::pid).toList());
                found = true;
            }
            if (System.nanoTime() > deadline) {
                LOG.warn("killing what is left of a stopped postmaster after {} s: {}", ORPHAN_TIMEOUT.toSeconds(),
                        left.stream().map(ProcessHandle::pid).toList());
                left.forEach(ProcessHandle::destroyForcibly);
                left.forEach(h -> ChildProcess.waitForExit(h, Duration.ofSeconds(5)));
                return true;
            }
            ChildProcess.sleep(100);
        }
        return found;
    }

    private static List<ProcessHandle> inDataDir(Path dataDir) {
        Path real;
        try {
            real = dataDir.toRealPath();
        } catch (IOException e) {
            return List.of(); // no data dir, no server
        }
        return ProcessHandle.allProcesses()
                .filter(h -> h.pid() != ProcessHandle.current().pid())
                .filter(ChildProcess::alive)
                .filter(h -> real.equals(cwd(h)))
                .toList();
    }

    private static Path cwd(ProcessHandle h) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", Long.toString(h.pid()), "cwd"));
        } catch (IOException | RuntimeException e) {
            return null; // gone, or not ours to inspect
        }
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

    /** The postmaster; its backends die with it (and are waited for before the next start). */
    @Override
    public boolean isAlive() {
        return postmaster.map(ChildProcess::alive).orElse(false);
    }

    /** The postmaster is pg_ctl's child, not ours: its exit code is not ours to read. */
    @Override
    public String exitCode() {
        return "?";
    }

    /**
     * pg_ctl stop -m fast (zonky), then make sure the postmaster is really gone. After a crash this still runs:
     * it releases zonky's lock on the data dir, which a new start in this JVM needs (pg_ctl reports that no server
     * was running).
     */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = ChildProcess.recorded(pidFile, dataDir.toString());
        if (!isAlive()) {
            LOG.info("the postmaster is gone; releasing the data dir (zonky will log that pg_ctl could not stop it)");
        }
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
