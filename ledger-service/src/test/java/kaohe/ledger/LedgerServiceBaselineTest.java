package kaohe.ledger;

import kaohe.testengines.ServiceBaselineChecks;
import kaohe.testengines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class LedgerServiceBaselineTest extends ServiceBaselineChecks {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        TestEngines.register(registry, "ledger");
    }

    @Override
    protected String context() {
        return "ledger";
    }
}
