package kaohe.ledger.event;

/**
 * The six defines (六定) of a ledger task, plus its main measures (主要措施), which are recorded and revised the
 * same way but are not one of the six.
 */
public enum Define {
    NATURE, QUANTITY, STANDARD, DEADLINE, RESPONSIBLE_UNIT, RESPONSIBLE_PERSON, MEASURES;

    /** True for the six that must all be defined before a task leaves its draft. */
    public boolean sixDefines() {
        return this != MEASURES;
    }
}
