package kaohe.supervision;

import kaohe.testengines.ServiceBaselineChecks;

class SupervisionServiceBaselineTest extends ServiceBaselineChecks {
}
