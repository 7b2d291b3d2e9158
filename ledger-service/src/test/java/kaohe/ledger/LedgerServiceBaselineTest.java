package kaohe.ledger;

import kaohe.testengines.ServiceBaselineChecks;

class LedgerServiceBaselineTest extends ServiceBaselineChecks {
}
