package kaohe.evidence;

import kaohe.testengines.ServiceBaselineChecks;

class EvidenceServiceBaselineTest extends ServiceBaselineChecks {
}
