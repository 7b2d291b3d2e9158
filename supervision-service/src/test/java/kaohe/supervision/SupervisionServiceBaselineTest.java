package kaohe.supervision;

import kaohe.testengines.ServiceBaselineChecks;
import org.springframework.context.annotation.Import;

@Import(SupervisionTestConfiguration.class)
class SupervisionServiceBaselineTest extends ServiceBaselineChecks {
}
