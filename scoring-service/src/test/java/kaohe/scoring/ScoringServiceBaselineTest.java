package kaohe.scoring;

import kaohe.testengines.ServiceBaselineChecks;

class ScoringServiceBaselineTest extends ServiceBaselineChecks {
}
