package kaohe.indicator.web;

import kaohe.testengines.ApiClient.DevUser;

/** The development identities the indicator tests act as. */
public final class Users {

    public static final DevUser OFFICE = new DevUser("office-admin", "办公室管理员", "办公室", "OFFICE");
    public static final DevUser LIAISON = new DevUser("liaison-duchachu", "王敏", "督查处", "LIAISON");
    public static final DevUser LEADER = new DevUser("leader-zhang", "张新鳌", null, "LEADER");
    public static final DevUser AUDITOR = new DevUser("auditor", "审计员", null, "AUDITOR");
    public static final DevUser NOBODY = DevUser.NOBODY;

    private Users() {
    }
}
