package kaohe.indicator.web;

import kaohe.testengines.ServiceBaselineChecks;
import kaohe.testengines.TestEngines;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

class IndicatorServiceBaselineTest extends ServiceBaselineChecks {

    @DynamicPropertySource
    static void engines(DynamicPropertyRegistry registry) {
        TestEngines.register(registry, "indicator");
    }

    @Override
    protected String context() {
        return "indicator";
    }
}
