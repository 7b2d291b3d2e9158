package kaohe.ledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The ledger context: departments' work ledgers under the six defines (六定), monthly checks, quarterly reports
 * and the office's review of them. Knows plans and indicators only from the indicator context's events.
 */
@SpringBootApplication
public class LedgerServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerServiceApplication.class, args);
    }
}
