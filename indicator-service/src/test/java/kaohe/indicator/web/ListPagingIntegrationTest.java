package kaohe.indicator.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/** A list answered in pages by the platform: the seed plan's 52 indicators, 20 at a time, each page linking on. */
class ListPagingIntegrationTest extends IntegrationTestBase {

    @Test
    void aListIsReadInPagesThatLinkToTheNextUntilTheLast() {
        String indicators = "/api/indicator/plans/" + importSeed() + "/indicators";
        var whole = api.get(Users.OFFICE, indicators);
        assertThat(whole.body()).hasSize(52);
        assertThat(whole.headers().get(HttpHeaders.LINK)).isNull();

        var first = api.get(Users.OFFICE, indicators + "?limit=20");
        assertThat(first.body()).hasSize(20);
        assertThat(first.body().get(0)).isEqualTo(whole.body().get(0));
        String next = first.headers().getFirst(HttpHeaders.LINK);
        assertThat(next).endsWith(indicators + "?limit=20&offset=20>; rel=\"next\"");

        var second = api.get(Users.OFFICE, next.substring(1, next.indexOf('>')));
        assertThat(second.body().get(0)).isEqualTo(whole.body().get(20));
        var last = api.get(Users.OFFICE, indicators + "?limit=20&offset=40");
        assertThat(last.body()).hasSize(12);
        assertThat(last.body().get(11)).isEqualTo(whole.body().get(51));
        assertThat(last.headers().get(HttpHeaders.LINK)).isNull();
    }
}
