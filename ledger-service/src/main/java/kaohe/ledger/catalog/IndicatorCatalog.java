package kaohe.ledger.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What the ledger knows of plans and indicators, learnt from the indicator context's events on Kafka — never by
 * calling the indicator service (DESIGN.md rule 3).
 */
public interface IndicatorCatalog {

    Optional<CatalogIndicator> indicator(String indicatorId);

    /** The assessment year of a plan, if the plan is known. */
    Optional<Integer> planYear(String planId);

    /** The departments registered in a plan, in registration order. */
    List<String> departments(String planId);
}
