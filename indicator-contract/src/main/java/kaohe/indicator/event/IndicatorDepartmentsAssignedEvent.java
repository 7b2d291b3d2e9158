package kaohe.indicator.event;

import java.util.List;

/** Lead (牵头) and cooperating (配合) departments reassigned, with the previous assignment for the record. */
public record IndicatorDepartmentsAssignedEvent(String indicatorId,
                                                List<String> leadBefore, List<String> cooperatingBefore,
                                                boolean allCooperatingBefore,
                                                List<String> lead, List<String> cooperating,
                                                boolean allCooperating) {
}
