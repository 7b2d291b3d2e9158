package kaohe.indicator.event;

import java.util.List;

/**
 * One indicator of the decomposition table. {@code code} is its place in the table (e.g. 市考个性工作-7,
 * 共性指标-意识形态工作-3); {@code cityLeadUnit} is set for the negative list only.
 */
public record IndicatorDefinedEvent(String indicatorId, String planId, IndicatorKind kind, String code,
                                    String category, String text, boolean provincial, List<Target> targets,
                                    List<String> leadDepartments, List<String> cooperatingDepartments,
                                    boolean allDepartmentsCooperate, List<String> leaders, String cityLeadUnit) {
}
