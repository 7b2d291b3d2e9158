package kaohe.indicator.indicator.query;

import java.util.List;

/** What a department carries: as lead (牵头) and as cooperating department (配合). */
public record DepartmentIndicators(String department, List<IndicatorView> lead, List<IndicatorView> cooperating) {
}
