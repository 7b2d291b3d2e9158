package kaohe.ledger.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The seed's 2020 plan and its departments, as far as monthly checks and quarterly reports need them: no
 * indicators, no leaders.
 */
public final class SeedPlanCatalog implements IndicatorCatalog {

    public static final String PLAN = "plan-2020";
    public static final String LEAD = "政务服务管理处";
    public static final String COOPERATING = "审批制度改革处";

    @Override
    public Optional<CatalogIndicator> indicator(String indicatorId) {
        return Optional.empty();
    }

    @Override
    public Optional<Integer> planYear(String planId) {
        return planId.equals(PLAN) ? Optional.of(2020) : Optional.empty();
    }

    @Override
    public List<String> departments(String planId) {
        return planId.equals(PLAN) ? List.of(LEAD, COOPERATING, "办公室") : List.of();
    }
}
