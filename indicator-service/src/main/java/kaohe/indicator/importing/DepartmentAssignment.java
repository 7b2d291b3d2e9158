package kaohe.indicator.importing;

import java.util.List;

/** Departments named in the 责任处室 / 牵头处室 / 配合处室 cells of one row. */
record DepartmentAssignment(List<String> lead, List<String> cooperating, boolean allCooperate) {

    DepartmentAssignment {
        lead = List.copyOf(lead);
        cooperating = List.copyOf(cooperating);
    }
}
