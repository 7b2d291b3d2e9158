package kaohe.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling the command figures are compared with: single-row inserts, one commit each, into a table shaped
 * like Axon's event table, on the same PostgreSQL, from each number of clients asked for (1 and 8).
 */
final class PgInsertBench {

    private static final String PAYLOAD = "{\"indicatorId\":\"" + UUID.randomUUID() + "\",\"before\":{\"key\":\"T1\","
            + "\"value\":30,\"unit\":\"个\",\"subject\":\"示范镇街\"},\"after\":{\"key\":\"T1\",\"value\":35,\"unit\":\"个\","
            + "\"subject\":\"示范镇街\"}}";

    private final String jdbcUrl;

    PgInsertBench(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** One figure {@code pg.insert.c<n>.per_s} for each number of clients given. */
    void run(Duration duration, int... clientCounts) throws Exception {
        try (Connection connection = connect()) {
            connection.createStatement().execute("""
                    CREATE TABLE IF NOT EXISTS bench_event_entry (
                        global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                        meta_data BYTEA, payload BYTEA NOT NULL, payload_revision VARCHAR(255),
                        payload_type VARCHAR(255) NOT NULL, time_stamp VARCHAR(255) NOT NULL,
                        aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL, type VARCHAR(255),
                        UNIQUE (aggregate_identifier, sequence_number))""");
        }
        try {
            for (int clients : clientCounts) {
                Figures.print("pg.insert.c" + clients + ".per_s", insertsPerSecond(clients, duration), "rows/s");
            }
        } finally {
            try (Connection connection = connect()) {
                connection.createStatement().execute("DROP TABLE IF EXISTS bench_event_entry");
            }
        }
    }

    private double insertsPerSecond(int clients, Duration duration) throws Exception {
        var rows = new AtomicLong();
        var done = new CountDownLatch(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            var thread = new Thread(() -> {
                try (Connection connection = connect();
                     var insert = connection.prepareStatement("""
                             INSERT INTO bench_event_entry (event_identifier, meta_data, payload, payload_type,
                                 time_stamp, aggregate_identifier, sequence_number, type)
                             VALUES (?, ?, ?, 'kaohe.indicator.event.IndicatorTargetRevisedEvent', ?, ?, ?, 'Indicator')""")) {
                    String aggregate = UUID.randomUUID().toString();
                    long sequence = 0;
                    while (System.nanoTime() < end) {
                        insert.setString(1, UUID.randomUUID().toString());
                        insert.setBytes(2, "{\"actorId\":\"office-admin\",\"reason\":\"bench\"}".getBytes());
                        insert.setBytes(3, PAYLOAD.getBytes());
                        insert.setString(4, java.time.Instant.now().toString());
                        insert.setString(5, aggregate);
                        insert.setLong(6, sequence++);
                        insert.executeUpdate();
                        rows.incrementAndGet();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            threads.add(thread);
            thread.start();
        }
        done.await();
        return rows.get() / (double) duration.toSeconds();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
