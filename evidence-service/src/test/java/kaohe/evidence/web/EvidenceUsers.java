package kaohe.evidence.web;

import kaohe.testengines.ApiClient.DevUser;

/** The development identities the evidence tests act as. */
public final class EvidenceUsers {

    public static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    public static final DevUser ZHENGWU = new DevUser("liaison-zhengwu", "李娜", "政务服务管理处", "LIAISON");
    public static final DevUser DUCHA = new DevUser("liaison-ducha", "王敏", "督查处", "LIAISON");
    public static final DevUser ZHANG = new DevUser("leader-zhang", "张新鳌", null, "LEADER");
    public static final DevUser AUDITOR = new DevUser("auditor", "审计员", null, "AUDITOR");
    public static final DevUser NOBODY = DevUser.NOBODY;

    private EvidenceUsers() {
    }
}
