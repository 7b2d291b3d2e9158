package kaohe.bench;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * The ceiling a rebuild is compared with: a keyset read of a {@code consumed_event} table as the fold pages it
 * (10,000 rows a query, in position order), every row's envelope fetched as a string, nothing else done with it.
 */
final class PgKeysetBench {

    private static final int PAGE = 10_000;

    private final String jdbcUrl;

    PgKeysetBench(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Reads the whole table once; prints {@code pg.keyset.per_s}. */
    void run() throws Exception {
        long rows = 0;
        long characters = 0;
        long began = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             var page = connection.prepareStatement(
                     "SELECT position, envelope FROM consumed_event WHERE position > ? ORDER BY position LIMIT ?")) {
            long position = 0;
            while (true) {
                page.setLong(1, position);
                page.setInt(2, PAGE);
                int read = 0;
                try (var result = page.executeQuery()) {
                    while (result.next()) {
                        position = result.getLong(1);
                        characters += result.getString(2).length();
                        read++;
                    }
                }
                if (read == 0) {
                    break;
                }
                rows += read;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        Figures.print("pg.keyset.per_s", rows / seconds, "rows/s");
        System.out.printf("# pg.keyset: %d rows (%.0f million characters of envelopes) in %.1f s%n", rows,
                characters / 1e6, seconds);
    }
}
