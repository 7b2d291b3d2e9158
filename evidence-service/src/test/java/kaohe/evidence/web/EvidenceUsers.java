package kaohe.evidence.web;

import kaohe.testengines.ApiClient;
import org.springframework.http.HttpHeaders;

/** The development identities the evidence tests act as. */
public enum EvidenceUsers implements ApiClient.Identity {
    OFFICE("office-admin", "办公室管理员", "办公室", "OFFICE"),
    ZHENGWU("liaison-zhengwu", "李娜", "政务服务管理处", "LIAISON"),
    DUCHA("liaison-ducha", "王敏", "督查处", "LIAISON"),
    ZHANG("leader-zhang", "张新鳌", null, "LEADER"),
    AUDITOR("auditor", "审计员", null, "AUDITOR"),
    NOBODY(null, null, null, null);

    private final String id;
    private final String name;
    private final String department;
    private final String roles;

    EvidenceUsers(String id, String name, String department, String roles) {
        this.id = id;
        this.name = name;
        this.department = department;
        this.roles = roles;
    }

    public String department() {
        return department;
    }

    @Override
    public HttpHeaders headers() {
        return ApiClient.devHeaders(id, name, department, roles);
    }
}
