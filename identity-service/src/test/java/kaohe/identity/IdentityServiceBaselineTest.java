package kaohe.identity;

import kaohe.testengines.ServiceBaselineChecks;

class IdentityServiceBaselineTest extends ServiceBaselineChecks {
}
