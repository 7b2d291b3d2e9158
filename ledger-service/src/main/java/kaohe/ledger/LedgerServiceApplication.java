package kaohe.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ledger context (work ledgers (六定), monthly checks, quarterly reports and their review): a skeleton that owns its database and topic until its issue fills it in. */
@SpringBootApplication
public class LedgerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerServiceApplication.class, args);
    }
}
