package kaohe.ledger;

import kaohe.ledger.web.TestClockConfiguration;
import kaohe.testengines.ServiceBaselineChecks;
import org.springframework.context.annotation.Import;

/** The baseline every service meets; the clock import keeps it in the same Spring context as the other tests. */
@Import(TestClockConfiguration.class)
class LedgerServiceBaselineTest extends ServiceBaselineChecks {
}
