package kaohe.platform.chain;

import kaohe.testengines.TestEngines;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** A real PostgreSQL database with the platform's migrations, its event store and chain emptied for one test. */
record EmptyEventStore(JdbcTemplate jdbc, TransactionTemplate transactions) {

    static EmptyEventStore create() {
        var engines = TestEngines.get();
        var dataSource = new DriverManagerDataSource(engines.jdbcUrl("evidence"), engines.postgresUser(),
                engines.postgresPassword());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        var jdbc = new JdbcTemplate(dataSource);
        jdbc.execute("TRUNCATE domain_event_entry, event_chain, event_chain_checkpoint, event_chain_signer");
        return new EmptyEventStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    }
}
