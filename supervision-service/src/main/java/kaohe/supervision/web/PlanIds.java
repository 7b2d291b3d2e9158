package kaohe.supervision.web;

/** The id format of the indicator context's plans, which every plan id this service is given must have. */
public final class PlanIds {

    public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,63}";

    private PlanIds() {
    }
}
