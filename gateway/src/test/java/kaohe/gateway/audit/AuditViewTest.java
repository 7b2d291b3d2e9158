package kaohe.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import kaohe.gateway.StubHealth;
import kaohe.proof.ChainHashing;
import kaohe.proof.ChainProof;
import kaohe.proof.ChainSignatures;
import kaohe.proof.Checkpoint;
import kaohe.proof.EventRow;
import kaohe.proof.ExportVerifier;
import kaohe.proof.HistoryExport;
import kaohe.proof.ProofLink;
import kaohe.proof.ProofSegment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cross-context audit view against four HTTP servers standing in for the services' audit endpoints (each
 * answering like the platform's: filtered by aggregate, paged by {@code after}/{@code limit}, refusing readers
 * other than the office and auditors): merge order, paging, type routing, refusals, exports, chains.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> calls = new CopyOnWriteArrayList<>();
    private static final Map<String, HttpServer> services = new HashMap<>();
    private static volatile boolean ledgerDown;
    private static KeyPair key;
    private static List<EventRow> indicatorRows;

    static {
        for (String context : List.of("indicator", "ledger", "evidence", "scoring", "identity", "supervision")) {
            services.put(context, start(context));
        }
    }

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void downstream(DynamicPropertyRegistry registry) {
        registry.add("kaohe.dev-headers", () -> "true");
        registry.add("kaohe.audit.max-history", () -> "4");
        // the indicator service as two instances, the first one stopped: the view reads from the other
        services.forEach((context, server) -> registry.add("kaohe.gateway.services." + context,
                () -> (context.equals("indicator") ? closedUrl() + "," : "")
                        + "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    private static String closedUrl() {
        try (var socket = new java.net.ServerSocket(0)) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void reset() {
        calls.clear();
        ledgerDown = false;
    }

    /** indicator: ind-3 at minutes 1, 4, 6; ledger: task-1 at 2, 3, 5; evidence and scoring: nothing. */
    private static List<JsonNode> events(String context) {
        List<JsonNode> events = new ArrayList<>();
        int[] minutes = context.equals("indicator") ? new int[] {1, 4, 6}
                : context.equals("ledger") ? new int[] {2, 3, 5} : new int[0];
        for (int i = 0; i < minutes.length; i++) {
            var event = JSON.createObjectNode();
            event.put("context", context);
            event.put("globalIndex", i + 1);
            event.put("aggregateId", context.equals("indicator") ? "ind-3" : "task-1");
            event.put("sequence", i);
            event.put("occurredAt", "2020-03-01T08:0" + minutes[i] + ":00Z");
            events.add(event);
        }
        return events;
    }

    /** busy-1, asked for by name only: indicator at minutes 1 … 6 (#101 …), ledger at 2:30 and 7 (#201, #202). */
    private static List<JsonNode> busy(String context) {
        List<JsonNode> events = new ArrayList<>();
        List<String> times = context.equals("indicator") ? List.of("01:00", "02:00", "03:00", "04:00", "05:00", "06:00")
                : context.equals("ledger") ? List.of("02:30", "07:00") : List.of();
        for (int i = 0; i < times.size(); i++) {
            var event = JSON.createObjectNode();
            event.put("context", context);
            event.put("globalIndex", (context.equals("indicator") ? 101 : 201) + i);
            event.put("aggregateId", "busy-1");
            event.put("sequence", i);
            event.put("occurredAt", "2020-03-02T08:" + times.get(i) + "Z");
            events.add(event);
        }
        return events;
    }

    private static HttpServer start(String context) {
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> answer(context, exchange));
            StubHealth.reportsUp(server);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(String context, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        calls.add(context + " " + path + " " + new java.util.TreeMap<>(query));
        if (context.equals("ledger") && ledgerDown) {
            exchange.close();
            return;
        }
        String roles = exchange.getRequestHeaders().getFirst("X-Kaohe-Roles");
        if (!path.endsWith("/chain/key") && (roles == null || !(roles.contains("AUDITOR") || roles.contains("OFFICE")))) {
            send(exchange, 403, "{\"code\":\"forbidden\",\"status\":403,\"title\":\"无权操作\"}");
            return;
        }
        if (path.equals("/api/" + context + "/audit/events")) {
            long after = Long.parseLong(query.getOrDefault("after", "0"));
            int limit = Integer.parseInt(query.getOrDefault("limit", "200"));
            ArrayNode page = JSON.createArrayNode();
            ("busy-1".equals(query.get("aggregateId")) ? busy(context) : events(context)).stream()
                    .filter(event -> event.get("globalIndex").asLong() > after)
                    .filter(event -> !query.containsKey("aggregateId")
                            || event.get("aggregateId").asText().equals(query.get("aggregateId")))
                    .limit(limit).forEach(page::add);
            send(exchange, 200, page.toString());
        } else if (path.equals("/api/" + context + "/audit/proof") && context.equals("indicator")
                && "ind-3".equals(query.get("aggregateId"))) {
            send(exchange, 200, JSON.writeValueAsString(proof()));
        } else if (path.equals("/api/" + context + "/chain/verification")) {
            send(exchange, 200, "{\"context\":\"" + context + "\",\"links\":3,\"breaks\":[]}");
        } else {
            send(exchange, 404, "{\"code\":\"not-found\",\"status\":404}");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], URLDecoder.decode(parts.length > 1 ? parts[1] : "", StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A real proof of ind-3's three events: one segment from the genesis to a signed checkpoint. */
    private static synchronized ChainProof proof() {
        try {
            if (key == null) {
                key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                indicatorRows = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    indicatorRows.add(new EventRow(i + 1, "e" + i, "ind-3", i, "Indicator",
                            "kaohe.indicator.event.IndicatorTargetRevisedEvent", null, "2020-03-01T08:0" + i + ":00Z",
                            ("{\"before\":{\"value\":" + (30 + i) + "},\"after\":{\"value\":" + (31 + i) + "}}")
                                    .getBytes(StandardCharsets.UTF_8),
                            "{\"actorId\":\"office-admin\"}".getBytes(StandardCharsets.UTF_8)));
                }
            }
            byte[] hash = ChainHashing.GENESIS;
            List<ProofLink> links = new ArrayList<>();
            for (EventRow row : indicatorRows) {
                hash = ChainHashing.link(hash, ChainHashing.digest(row));
                links.add(new ProofLink(row.globalIndex(), null, row));
            }
            byte[] encoded = key.getPublic().getEncoded();
            String keyId = ChainSignatures.keyId(encoded);
            var to = new Checkpoint(3, ChainHashing.hex(hash), keyId, sign(ChainHashing.checkpointMessage("indicator",
                    3, hash)));
            return new ChainProof("indicator", "ind-3", new ChainProof.Signer(keyId, "Ed25519",
                    Base64.getEncoder().encodeToString(encoded)), List.of(),
                    List.of(new ProofSegment(Checkpoint.GENESIS, links, to)), List.of(), 2,
                    sign(ChainHashing.lastSequenceMessage("indicator", "ind-3", 2)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(byte[] message) throws Exception {
        var signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(message);
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    private WebTestClient.ResponseSpec get(String roles, String uri) {
        return client.get().uri(uri).header("X-Kaohe-User", "auditor").header("X-Kaohe-Roles", roles).exchange();
    }

    private JsonNode body(WebTestClient.ResponseSpec response, int status) {
        byte[] body = response.expectStatus().isEqualTo(status).expectBody().returnResult().getResponseBody();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> order(JsonNode events) {
        List<String> order = new ArrayList<>();
        events.forEach(event -> order.add(event.get("context").asText().charAt(0) + event.get("globalIndex").asText()));
        return order;
    }

    @Test
    void everyContextsEventsMergeInTimeOrderAndPageByCursor() {
        JsonNode first = body(get("AUDITOR", "/api/audit/events?limit=4"), 200);
        assertThat(order(first.get("events"))).containsExactly("i1", "l1", "l2", "i2");
        assertThat(first.get("next").asText()).isEqualTo("indicator:2,ledger:2");
        JsonNode second = body(get("AUDITOR", "/api/audit/events?limit=4&cursor=" + first.get("next").asText()), 200);
        assertThat(order(second.get("events"))).containsExactly("l3", "i3");
        assertThat(second.get("next").isNull()).as("everything read").isTrue();
    }

    @Test
    void aTypeNamedWithItsContextIsLookedForOnlyThere() {
        body(get("AUDITOR", "/api/audit/events?type=ledger.QuarterlyReportReturned.v1&actorId=liaison-duchachu"),
                200);
        assertThat(calls).singleElement().asString().startsWith("ledger /api/ledger/audit/events")
                .contains("actorId=liaison-duchachu", "type=ledger.QuarterlyReportReturned.v1");
        assertThat(body(get("AUDITOR", "/api/audit/events?type=payroll.SalaryPaid.v1"), 400).get("code").asText())
                .isEqualTo("invalid-parameter");
    }

    @Test
    void anAggregatesWholeHistoryIsFoundWhereverItLives() {
        JsonNode history = body(get("AUDITOR", "/api/audit/aggregates/ind-3/history"), 200);
        assertThat(history.get("contexts")).extracting(JsonNode::asText).containsExactly("indicator");
        assertThat(order(history.get("events"))).containsExactly("i1", "i2", "i3");
        assertThat(body(get("AUDITOR", "/api/audit/aggregates/nothing-here/history"), 404).get("code").asText())
                .isEqualTo("not-found");
    }

    @Test
    void aHistoryLongerThanTheLimitSaysItIsTruncatedAndTheCursorReadsOnWithoutSkipping() {
        JsonNode first = body(get("AUDITOR", "/api/audit/aggregates/busy-1/history"), 200);
        assertThat(first.get("truncated").asBoolean()).isTrue();
        assertThat(order(first.get("events"))).as("up to where indicator was cut, ledger's #201 in time")
                .containsExactly("i101", "i102", "l201", "i103", "i104");
        assertThat(first.get("next").asText()).isEqualTo("indicator:104,ledger:201");
        assertThat(calls).filteredOn(call -> call.startsWith("indicator")).allMatch(call -> call.contains("limit=5"));

        JsonNode rest = body(get("AUDITOR", "/api/audit/aggregates/busy-1/history?cursor="
                + first.get("next").asText()), 200);
        assertThat(rest.get("truncated").asBoolean()).isFalse();
        assertThat(rest.hasNonNull("next")).isFalse();
        assertThat(order(rest.get("events"))).containsExactly("i105", "i106", "l202");

        JsonNode whole = body(get("AUDITOR", "/api/audit/aggregates/ind-3/history"), 200);
        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(body(get("AUDITOR", "/api/audit/aggregates/busy-1/history?cursor=indicator"), 400)
                .get("code").asText()).isEqualTo("invalid-parameter");
    }

    @Test
    void anExportCarriesEachContextsProofAndVerifiesOffline() throws Exception {
        byte[] file = get("AUDITOR", "/api/audit/aggregates/ind-3/export").expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=.*history-ind-3.json.*")
                .expectBody().returnResult().getResponseBody();
        HistoryExport export = ExportVerifier.JSON.readValue(file, HistoryExport.class);
        assertThat(export.format()).isEqualTo(HistoryExport.FORMAT);
        assertThat(export.exportedBy()).isEqualTo("auditor");
        assertThat(export.proofs()).extracting(ChainProof::context).containsExactly("indicator");
        var report = ExportVerifier.verify(export, Map.of("indicator", proof().signer().keyId()));
        assertThat(report.problems()).isEmpty();
        assertThat(report.proven()).isEqualTo(3);
    }

    @Test
    void everyServicesChainIsVerifiedInOneCall() {
        JsonNode chains = body(get("AUDITOR", "/api/audit/chains"), 200);
        assertThat(chains.get("intact").asBoolean()).isTrue();
        assertThat(chains.get("contexts")).extracting(node -> node.get("context").asText())
                .containsExactly("evidence", "identity", "indicator", "ledger", "scoring", "supervision");
    }

    @Test
    void theServicesRefusalIsTheAnswerAndAnUnreachableServiceIsNamed() {
        for (String path : List.of("/api/audit/events", "/api/audit/aggregates/ind-3/history",
                "/api/audit/aggregates/ind-3/export", "/api/audit/chains")) {
            assertThat(body(get("LIAISON", path), 403).get("code").asText()).as(path).isEqualTo("forbidden");
        }
        ledgerDown = true;
        JsonNode unavailable = body(get("AUDITOR", "/api/audit/events"), 503);
        assertThat(unavailable.get("code").asText()).isEqualTo("context-unavailable");
        assertThat(unavailable.get("detail").asText()).contains("ledger");
    }

    @Test
    void badParametersAreRefusedBeforeAnyServiceIsAsked() {
        for (String path : List.of("/api/audit/events?limit=0", "/api/audit/events?limit=1001",
                "/api/audit/events?cursor=indicator", "/api/audit/events?cursor=indicator:-1",
                "/api/audit/events?cursor=" + "a:1,".repeat(200), "/api/audit/events?actorId=" + "x".repeat(256),
                "/api/audit/aggregates/" + "x".repeat(256) + "/history")) {
            assertThat(body(get("AUDITOR", path), 400).get("code").asText()).as(path).isEqualTo("invalid-parameter");
        }
        assertThat(calls).isEmpty();
        assertThat(body(get("AUDITOR", "/api/audit/events?limit=abc"), 400).get("status").asInt()).isEqualTo(400);
    }
}
