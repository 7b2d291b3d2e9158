package kaohe.supervision.obligation;

import kaohe.supervision.event.Audience;

/** Where in the web app a person of {@code audience} deals with an obligation (the app's route table). */
public final class Links {

    private Links() {
    }

    public static String of(Obligation obligation, Audience audience) {
        String id = obligation.routeId();
        return switch (obligation.kind()) {
            case CHASE_REPLY, CHASE_REVIEW -> "/chases/" + id;
            case LIAISON_DESIGNATION -> audience == Audience.LIAISON ? "/mine" : "/liaisons";
            case MONTHLY_CHECK -> audience == Audience.LIAISON ? (id == null ? "/mine/checks" : "/mine/checks/" + id)
                    : "/ledger";
            case GAP -> audience == Audience.LIAISON ? "/mine/checks/" + id : "/ledger";
            case QUARTERLY_REPORT, REPORT_REVIEW, CORRECTION_DECISION -> switch (audience) {
                case LIAISON -> id == null ? "/mine/reports" : "/mine/reports/" + id;
                case OFFICE -> id == null ? "/ledger" : "/reports/" + id;
                case LEADER -> "/ledger";
            };
            case TASK_DEADLINE, TASK_MILESTONE, EXTENSION_DECISION -> switch (audience) {
                case LIAISON -> "/mine/tasks/" + id;
                case LEADER -> "/leader";
                case OFFICE -> "/ledger";
            };
        };
    }
}
