package kaohe.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The databases a bench makes for itself beside the running system's ({@code scoring_bench}, {@code crud_peer} …):
 * made fresh before it, dropped after it, never one of the services'.
 */
final class BenchDatabases {

    private BenchDatabases() {
    }

    /** {@code postgres} is the server's JDBC URL without a database. */
    static Connection connect(String postgres, String database) throws SQLException {
        return DriverManager.getConnection(postgres + "/" + database, "postgres", "postgres");
    }

    static void recreate(String postgres, String database) throws SQLException {
        drop(postgres, database);
        admin(postgres, "CREATE DATABASE " + database);
    }

    static void drop(String postgres, String database) throws SQLException {
        admin(postgres, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    private static void admin(String postgres, String statement) throws SQLException {
        try (Connection connection = connect(postgres, "postgres")) {
            connection.createStatement().execute(statement);
        }
    }
}
