package kaohe.ledger.catalog;

import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An indicator as the ledger knows it from the indicator context's events. With {@code allDepartmentsCooperate}
 * (各处室配合) every department of the plan carries it as cooperating; only the named cooperating departments
 * co-sign (会签) the lead department's tasks.
 */
public record CatalogIndicator(String indicatorId, String planId, String code, String text, boolean withdrawn,
                               List<String> leadDepartments, List<String> cooperatingDepartments,
                               boolean allDepartmentsCooperate, List<String> leaders, Map<String, Target> targets) {

    /** How {@code department} (registered in the plan) carries this indicator, if it does. */
    public Optional<CarriedAs> carriedBy(String department) {
        if (leadDepartments.contains(department)) {
            return Optional.of(CarriedAs.LEAD);
        }
        return cooperatingDepartments.contains(department) || allDepartmentsCooperate
                ? Optional.of(CarriedAs.COOPERATING) : Optional.empty();
    }
}
