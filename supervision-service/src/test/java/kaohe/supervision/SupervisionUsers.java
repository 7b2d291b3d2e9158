package kaohe.supervision;

import kaohe.testengines.ApiClient.DevUser;

/** The development identities the supervision tests act as, matching {@link FixedDirectory}'s people. */
public final class SupervisionUsers {

    public static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    /** Liaison of {@link FixedDirectory#LEAD}. */
    public static final DevUser ZHENGWU = new DevUser("liaison-zhengwu", "李娜", FixedDirectory.LEAD, "LIAISON");
    /** Liaison of {@link FixedDirectory#OTHER}. */
    public static final DevUser GAIGE = new DevUser("liaison-gaige", "陈刚", FixedDirectory.OTHER, "LIAISON");
    /** Follows {@link FixedDirectory#LEAD}. */
    public static final DevUser ZHANG = new DevUser("leader-zhang", "张新鳌", null, "LEADER");
    /** Follows no department. */
    public static final DevUser DUAN = new DevUser("leader-duan", "段重利", null, "LEADER");
    public static final DevUser AUDITOR = new DevUser("auditor", "审计员", null, "AUDITOR");

    private SupervisionUsers() {
    }
}
