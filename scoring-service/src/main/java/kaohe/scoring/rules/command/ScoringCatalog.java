package kaohe.scoring.rules.command;

import java.util.OptionalInt;

/**
 * What the office's scoring acts are checked against, from the events scoring has consumed: which plans,
 * departments and negative-list items (负面清单) exist.
 */
public interface ScoringCatalog {

    /** The plan's year, if the plan is known. */
    OptionalInt planYear(String planId);

    boolean knowsDepartment(String planId, String department);

    boolean isNegativeListItem(String planId, String indicatorId);
}
