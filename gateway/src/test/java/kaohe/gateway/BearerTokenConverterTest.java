package kaohe.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path reads exactly the headers Spring's expression accepts, and the converter answers as Spring's. */
class BearerTokenConverterTest {

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvZmZpY2UifQ.c2lnbmF0dXJl-_~+/";
    /** One mock exchange per path: building one per header took half a minute here. */
    private static final Map<String, ServerWebExchange> EXCHANGES = new HashMap<>();
    private final ServerAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
    private final ServerAuthenticationConverter ours = new BearerTokenConverter();

    @Test
    void everyCharacterInEveryPlaceIsJudgedAsSpringJudgesIt() {
        List<String> headers = new ArrayList<>(List.of("", "Bearer", "Bearer ", "Bearer  " + TOKEN, "bearer " + TOKEN,
                "BEARER " + TOKEN, "BeArEr " + TOKEN, "Bearer " + TOKEN + "=", "Bearer " + TOKEN + "==",
                "Bearer " + TOKEN + "=x", "Bearer =", "Bearer ==", "Bearer\t" + TOKEN, "Bearer " + TOKEN + " ",
                "Bearerx " + TOKEN, "Basic b2ZmaWNlOnB3", "Token " + TOKEN, " Bearer " + TOKEN));
        String good = "Bearer " + TOKEN + "=";
        for (int c = 0; c <= 0xFFFF; c++) {
            String ch = String.valueOf((char) c);
            for (int at : new int[] {0, 6, 7, 20, good.length() - 1, good.length()}) {
                headers.add(good.substring(0, at) + ch + good.substring(at)); // inserted
            }
            for (int at : new int[] {0, 3, 5, 6, 7, 30}) {
                headers.add(good.substring(0, at) + ch + good.substring(at + 1)); // in place of a character
            }
        }
        for (int cp : new int[] {0x10000, 0x1F600, 0x10FFFF}) {
            headers.add("Bearer " + TOKEN + Character.toString(cp));
        }
        Random random = new Random(17);
        String alphabet = "aZ09-._~+/= \t\u00e9\u4e2d\u0000";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "");
            for (int k = random.nextInt(12); k > 0; k--) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(header.toString());
        }
        int fast = 0;
        for (String header : headers) {
            String springSays = outcome(spring, header, "/api/indicator/plans");
            String token = BearerTokenConverter.wellFormedToken(header);
            // the fast path is taken for every header Spring accepts, and only for those, with Spring's token;
            // any other header goes to Spring's converter itself
            assertThat(token == null ? "rejected or none" : "token " + token).as(header)
                    .isEqualTo(springSays.startsWith("token ") ? springSays : "rejected or none");
            fast += token == null ? 0 : 1;
        }
        assertThat(fast).isGreaterThan(200);
        for (String header : headers.subList(0, 18)) {
            assertThat(outcome(ours, header, "/api/indicator/plans")).as(header)
                    .isEqualTo(outcome(spring, header, "/api/indicator/plans"));
        }
    }

    @Test
    void aTokenInTheQueryIsNotReadAndAMalformedHeaderIsSpringsError() {
        String header = "Bearer " + TOKEN;
        String path = "/api/indicator/plans?access_token=another";
        assertThat(outcome(ours, header, path)).isEqualTo(outcome(spring, header, path)).isEqualTo("token " + TOKEN);
        assertThat(outcome(ours, null, path)).isEqualTo(outcome(spring, null, path)).isEqualTo("none");
        assertThat(outcome(ours, "Bearer a b", "/x")).isEqualTo(outcome(spring, "Bearer a b", "/x"))
                .isEqualTo("error invalid_token: Bearer token is malformed");
    }

    private static String outcome(ServerAuthenticationConverter converter, String header, String path) {
        ServerWebExchange exchange = EXCHANGES.computeIfAbsent(path,
                p -> MockServerWebExchange.from(MockServerHttpRequest.get(p)));
        HttpHeaders headers = new HttpHeaders();
        if (header != null) {
            headers.add(HttpHeaders.AUTHORIZATION, header);
        }
        // the path's exchange as it is but for the headers
        var request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
        try {
            var authentication = converter.convert(new ServerWebExchangeDecorator(exchange) {
                @Override
                public ServerHttpRequest getRequest() {
                    return request;
                }
            }).block();
            return authentication == null ? "none"
                    : "token " + ((BearerTokenAuthenticationToken) authentication).getToken();
        } catch (OAuth2AuthenticationException e) {
            return "error " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }
}
