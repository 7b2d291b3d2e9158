package kaohe.platform.actor;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class DevHeaderAuthenticationFilterTest {

    private static MockHttpServletRequest request(String user, String roles, String name, String department) {
        var request = new MockHttpServletRequest();
        if (user != null) {
            request.addHeader(DevHeaderAuthenticationFilter.USER, user);
        }
        if (roles != null) {
            request.addHeader(DevHeaderAuthenticationFilter.ROLES, roles);
        }
        if (name != null) {
            request.addHeader(DevHeaderAuthenticationFilter.USER_NAME, name);
        }
        if (department != null) {
            request.addHeader(DevHeaderAuthenticationFilter.DEPARTMENT, department);
        }
        return request;
    }

    @Test
    void readsAnActorWithPercentEncodedChineseNames() {
        var actor = DevHeaderAuthenticationFilter.actorOf(request("liaison-1", "liaison, leader",
                "%E7%8E%8B%E6%95%8F", "%E7%9D%A3%E6%9F%A5%E5%A4%84"));
        assertThat(actor.id()).isEqualTo("liaison-1");
        assertThat(actor.name()).isEqualTo("王敏");
        assertThat(actor.department()).isEqualTo("督查处");
        assertThat(actor.roles()).containsExactlyInAnyOrder(Role.LIAISON, Role.LEADER);
    }

    @Test
    void authenticatesNobodyOnMissingOrMalformedHeaders() {
        assertThat(DevHeaderAuthenticationFilter.actorOf(request(null, "OFFICE", null, null))).isNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u1", null, null, null))).isNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u1", "ROOT", null, null))).isNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u 1", "OFFICE", null, null))).isNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u1", "OFFICE", "%0A%0D", null))).isNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u1", "OFFICE", "%E7%8E", null))).isNotNull();
        assertThat(DevHeaderAuthenticationFilter.actorOf(request("u1", "OFFICE", "x".repeat(101), null))).isNull();
    }

    @Test
    void aRequestWithACredentialIsNeverAuthenticatedByHeaders() throws Exception {
        var request = request("office-admin", "OFFICE", null, null);
        request.addHeader("Authorization", "Bearer forged");
        SecurityContextHolder.clearContext();
        try {
            new DevHeaderAuthenticationFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
            assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
