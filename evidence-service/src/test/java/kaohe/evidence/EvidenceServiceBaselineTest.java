package kaohe.evidence;

import kaohe.testengines.ServiceBaselineChecks;
import kaohe.testengines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class EvidenceServiceBaselineTest extends ServiceBaselineChecks {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        TestEngines.register(registry, "evidence");
    }

    @Override
    protected String context() {
        return "evidence";
    }
}
