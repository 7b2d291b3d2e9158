package kaohe.ledger.catalog;

import kaohe.indicator.event.Target;
import kaohe.ledger.event.CarriedAs;

import java.util.List;

/**
 * An indicator a department carries, as its liaison starts a ledger task under it; with the other departments on
 * it, so a lead department knows who will co-sign (会签).
 */
public record CarriedIndicator(String indicatorId, String code, String text, CarriedAs carriedAs,
                               List<String> leadDepartments, List<String> cooperatingDepartments,
                               boolean allDepartmentsCooperate, List<Target> targets, List<String> leaders) {
}
