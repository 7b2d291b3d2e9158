package kaohe.ledger.event;

/** How a department carries the indicator a task belongs to: as lead (牵头) or cooperating (配合) department. */
public enum CarriedAs {
    LEAD, COOPERATING
}
