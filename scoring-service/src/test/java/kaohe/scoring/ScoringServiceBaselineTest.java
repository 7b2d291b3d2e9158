package kaohe.scoring;

import kaohe.testengines.ServiceBaselineChecks;
import kaohe.testengines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class ScoringServiceBaselineTest extends ServiceBaselineChecks {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        TestEngines.register(registry, "scoring");
    }

    @Override
    protected String context() {
        return "scoring";
    }
}
