package kaohe.ledger.web;

import kaohe.testengines.ApiClient.DevUser;

/** The development identities the ledger tests act as. */
public final class LedgerUsers {

    public static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    /** Liaison of the lead department (牵头处室) of the test indicators. */
    public static final DevUser ZHENGWU = new DevUser("liaison-zhengwu", "李娜", PlanFixture.LEAD, "LIAISON");
    /** Liaison of the cooperating department (配合处室). */
    public static final DevUser GAIGE = new DevUser("liaison-gaige", "陈刚", PlanFixture.COOPERATING, "LIAISON");
    /** Liaison of a department with nothing to do with the test indicators. */
    public static final DevUser DUCHA = new DevUser("liaison-ducha", "王敏", PlanFixture.OTHER, "LIAISON");
    public static final DevUser ZHANG = new DevUser("leader-zhang", "张新鳌", null, "LEADER");
    public static final DevUser DUAN = new DevUser("leader-duan", "段重利", null, "LEADER");
    public static final DevUser AUDITOR = new DevUser("auditor", "审计员", null, "AUDITOR");
    public static final DevUser NOBODY = DevUser.NOBODY;

    private LedgerUsers() {
    }
}
