package kaohe.scoring;

import kaohe.scoring.web.ScoringTestConfiguration;
import kaohe.testengines.ServiceBaselineChecks;
import org.springframework.context.annotation.Import;

/** The baseline every service meets; the clock import keeps it in the same Spring context as the other tests. */
@Import(ScoringTestConfiguration.class)
class ScoringServiceBaselineTest extends ServiceBaselineChecks {
}
