package kaohe.testengines;

import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard sees a missing rule, whether the rule would sit on the method or on its class. */
class ApiAuthorizationGuardTest {

    static class Open {
        public void read() {
        }

        @PreAuthorize("hasRole('OFFICE')")
        public void write() {
        }
    }

    @PreAuthorize("hasRole('AUDITOR')")
    static class GuardedAsAWhole {
        public void read() {
        }
    }

    @Test
    void namesEveryApiEndpointWithoutARuleAndIgnoresTheRestOfTheService() throws Exception {
        var handlers = Map.of(
                get("/api/x/open"), new HandlerMethod(new Open(), Open.class.getMethod("read")),
                get("/api/x/written"), new HandlerMethod(new Open(), Open.class.getMethod("write")),
                get("/api/x/whole"), new HandlerMethod(new GuardedAsAWhole(), GuardedAsAWhole.class.getMethod("read")),
                get("/actuator/thing"), new HandlerMethod(new Open(), Open.class.getMethod("read")));
        var endpoints = new TreeSet<String>();
        var unguarded = new TreeSet<String>();

        ApiAuthorizationGuard.collect(handlers, endpoints, unguarded);

        assertThat(endpoints).hasSize(3);
        assertThat(unguarded).containsExactly("[GET] /api/x/open Open.read");
    }

    private static RequestMappingInfo get(String path) {
        return RequestMappingInfo.paths(path).methods(RequestMethod.GET).build();
    }
}
