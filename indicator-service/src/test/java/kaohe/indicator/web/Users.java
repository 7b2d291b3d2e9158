package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import org.springframework.http.HttpHeaders;


/** The development identities the tests act as, sent the way the platform reads them. */
public enum Users implements ApiClient.Identity {
    OFFICE("office-admin", "办公室管理员", "办公室", "OFFICE"),
    LIAISON("liaison-duchachu", "王敏", "督查处", "LIAISON"),
    LEADER("leader-zhang", "张新鳌", null, "LEADER"),
    AUDITOR("auditor", "审计员", null, "AUDITOR"),
    NOBODY(null, null, null, null);

    private final String id;
    private final String name;
    private final String department;
    private final String roles;

    Users(String id, String name, String department, String roles) {
        this.id = id;
        this.name = name;
        this.department = department;
        this.roles = roles;
    }

    public String id() {
        return id;
    }

    @Override
    public HttpHeaders headers() {
        return ApiClient.devHeaders(id, name, department, roles);
    }
}
