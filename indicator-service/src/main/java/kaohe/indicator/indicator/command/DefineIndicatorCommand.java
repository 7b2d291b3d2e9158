package kaohe.indicator.indicator.command;

import kaohe.indicator.event.IndicatorKind;
import kaohe.indicator.event.Target;

import java.util.List;

/** Defines one indicator of a plan; its id follows from plan and code, so the same row can never be defined twice. */
public record DefineIndicatorCommand(String indicatorId, String planId, IndicatorKind kind, String code,
                                     String category, String text, boolean provincial, List<Target> targets,
                                     List<String> leadDepartments, List<String> cooperatingDepartments,
                                     boolean allDepartmentsCooperate, List<String> leaders, String cityLeadUnit) {
}
