package kaohe.scoring.web;

import kaohe.testengines.ApiClient.DevUser;

/** The development identities the scoring tests act as. */
public final class ScoringUsers {

    public static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    /** Liaison of the lead department (牵头处室) A of the scripted plan. */
    public static final DevUser LIAISON_A = new DevUser("liaison-zhengwu", "李娜", ScriptedPlan.A, "LIAISON");
    /** Liaison of the cooperating department B. */
    public static final DevUser LIAISON_B = new DevUser("liaison-gaige", "陈刚", ScriptedPlan.B, "LIAISON");
    /** The leader responsible for the scripted indicators. */
    public static final DevUser ZHANG = new DevUser(ScriptedPlan.LEADER_ID, ScriptedPlan.LEADER, null,
            "LEADER");
    /** A leader responsible for none of them. */
    public static final DevUser DUAN = new DevUser("leader-duan", "段重利", null, "LEADER");
    public static final DevUser AUDITOR = new DevUser("auditor", "审计员", null, "AUDITOR");
    public static final DevUser NOBODY = DevUser.NOBODY;

    private ScoringUsers() {
    }
}
