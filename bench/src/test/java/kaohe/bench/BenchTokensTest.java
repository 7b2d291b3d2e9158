package kaohe.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which development endpoint each kind of bench caller's token comes from, against a stand-in identity service that
 * notes every request and answers with a token naming it.
 */
class BenchTokensTest {

    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer identity;
    private BenchTokens tokens;

    @BeforeEach
    void startIdentity() throws IOException {
        identity = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        identity.createContext("/dev/tokens", exchange -> {
            String form = URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            String request = exchange.getRequestURI().getPath() + " " + form;
            asked.add(request);
            byte[] answer = ("{\"access_token\":\"" + request + "\",\"token_type\":\"Bearer\",\"expires_in\":900}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        identity.start();
        tokens = new BenchTokens("http://127.0.0.1:" + identity.getAddress().getPort());
    }

    @AfterEach
    void stopIdentity() {
        identity.stop(0);
    }

    @Test
    void officeStaffMembersEachGetTheirOwnOfficeToken() {
        assertThat(tokens.bearer(BenchHttp.Identity.officeStaff(1))).isEqualTo("Bearer /dev/tokens/office staff=1");
        assertThat(tokens.bearer(BenchHttp.Identity.officeStaff(8))).isEqualTo("Bearer /dev/tokens/office staff=8");
        assertThat(BenchHttp.Identity.officeStaff(8).userId()).isEqualTo("office-staff-8");
        assertThat(BenchHttp.Identity.officeStaff(8).roles()).isEqualTo("OFFICE");
        assertThat(BenchHttp.Identity.officeStaff(8).department()).isEqualTo("办公室");
    }

    @Test
    void eachClientTakesTurnsAmongEightStaffMembersOfItsOwn() {
        var first = java.util.stream.LongStream.range(0, 8)
                .mapToObj(request -> BenchHttp.Identity.officeStaffTakingTurns(0, request).userId()).toList();
        assertThat(first).containsExactly("office-staff-1", "office-staff-9", "office-staff-17", "office-staff-25",
                "office-staff-33", "office-staff-41", "office-staff-49", "office-staff-57");
        assertThat(BenchHttp.Identity.officeStaffTakingTurns(0, 8).userId()).isEqualTo("office-staff-1");
        assertThat(BenchHttp.Identity.officeStaffTakingTurns(7, 7).userId()).isEqualTo("office-staff-64");
        var everyone = new java.util.HashSet<String>();
        for (int client = 0; client < 8; client++) {
            for (long request = 0; request < 8; request++) {
                everyone.add(BenchHttp.Identity.officeStaffTakingTurns(client, request).userId());
            }
        }
        assertThat(everyone).hasSize(64);
    }

    @Test
    void theDemoOfficeUserAndMadeUpLiaisonsKeepTheirEndpoints() {
        assertThat(tokens.bearer(BenchHttp.Identity.OFFICE)).isEqualTo("Bearer /dev/tokens user=office-admin");
        assertThat(tokens.bearer(BenchHttp.Identity.liaison("处室07")))
                .isEqualTo("Bearer /dev/tokens/liaison department=处室07");
    }

    @Test
    void aTokenIsFetchedOncePerCallerUntilItNearlyExpires() {
        tokens.bearer(BenchHttp.Identity.officeStaff(3));
        tokens.bearer(BenchHttp.Identity.officeStaff(3));
        tokens.bearer(BenchHttp.Identity.officeStaff(4));
        assertThat(asked).containsExactly("/dev/tokens/office staff=3", "/dev/tokens/office staff=4");
    }
}
