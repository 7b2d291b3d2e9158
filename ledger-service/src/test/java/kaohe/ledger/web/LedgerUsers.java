package kaohe.ledger.web;

import kaohe.testengines.ApiClient;
import org.springframework.http.HttpHeaders;


/** The development identities the ledger tests act as, sent the way the platform reads them. */
public enum LedgerUsers implements ApiClient.Identity {
    OFFICE("office-admin", "办公室管理员", "办公室", "OFFICE"),
    /** Liaison of the lead department (牵头处室) of the test indicators. */
    ZHENGWU("liaison-zhengwu", "李娜", PlanFixture.LEAD, "LIAISON"),
    /** Liaison of the cooperating department (配合处室). */
    GAIGE("liaison-gaige", "陈刚", PlanFixture.COOPERATING, "LIAISON"),
    /** Liaison of a department with nothing to do with the test indicators. */
    DUCHA("liaison-ducha", "王敏", PlanFixture.OTHER, "LIAISON"),
    ZHANG("leader-zhang", "张新鳌", null, "LEADER"),
    DUAN("leader-duan", "段重利", null, "LEADER"),
    AUDITOR("auditor", "审计员", null, "AUDITOR"),
    NOBODY(null, null, null, null);

    private final String id;
    private final String name;
    private final String department;
    private final String roles;

    LedgerUsers(String id, String name, String department, String roles) {
        this.id = id;
        this.name = name;
        this.department = department;
        this.roles = roles;
    }

    public String userName() {
        return name;
    }

    @Override
    public HttpHeaders headers() {
        return ApiClient.devHeaders(id, name, department, roles);
    }
}
