package kaohe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private final Problems problems = new Problems(new ObjectMapper());

    @Test
    void chineseByDefaultEnglishOnRequest() {
        var request = new MockHttpServletRequest();
        assertThat(Problems.localeOf(request)).isEqualTo(Problems.CHINESE);
        request.addHeader("Accept-Language", "en-GB,en;q=0.8");
        assertThat(Problems.localeOf(request)).isEqualTo(Locale.ENGLISH);
        var chineseFirst = new MockHttpServletRequest();
        chineseFirst.addHeader("Accept-Language", "zh-CN,en;q=0.5");
        assertThat(Problems.localeOf(chineseFirst)).isEqualTo(Problems.CHINESE);
        var malformed = new MockHttpServletRequest();
        malformed.addHeader("Accept-Language", ";;;q=x");
        assertThat(Problems.localeOf(malformed)).isEqualTo(Problems.CHINESE);
    }

    @Test
    void aProblemHasItsCodeTitleDetailAndFieldErrors() {
        var problem = problems.problem(412, "stale-version", Problems.CHINESE, Map.of("If-Match", "stale-version"), 3, 5);
        assertThat(problem.getStatus()).isEqualTo(412);
        assertThat(problem.getTitle()).isEqualTo("版本已过期");
        assertThat(problem.getDetail()).contains("3", "5");
        assertThat(problem.getProperties()).containsEntry("code", "stale-version");
        assertThat(problem.getType().toString()).isEqualTo("urn:kaohe:problem:stale-version");
        var english = problems.problem(412, "stale-version", Locale.ENGLISH, Map.of(), 3, 5);
        assertThat(english.getTitle()).isEqualTo("Stale version");
    }
}
