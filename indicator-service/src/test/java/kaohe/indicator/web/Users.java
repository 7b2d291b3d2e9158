package kaohe.indicator.web;

import kaohe.testengines.ApiClient;
import org.springframework.http.HttpHeaders;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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
        var headers = new HttpHeaders();
        if (id != null) {
            headers.set("X-Kaohe-User", id);
            headers.set("X-Kaohe-User-Name", URLEncoder.encode(name, StandardCharsets.UTF_8));
            headers.set("X-Kaohe-Roles", roles);
            if (department != null) {
                headers.set("X-Kaohe-Department", URLEncoder.encode(department, StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}
