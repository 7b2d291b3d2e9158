package kaohe.indicator.indicator.query;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;

import java.util.List;

/** An indicator as offices read it, at {@code version} (its ETag). */
public record IndicatorView(String indicatorId, String planId, IndicatorKind kind, String kindLabel, String code,
                            String category, String text, boolean provincial, List<Target> targets,
                            List<String> leadDepartments, List<String> cooperatingDepartments,
                            boolean allDepartmentsCooperate, List<String> leaders, String cityLeadUnit,
                            boolean withdrawn, long version) {
}
