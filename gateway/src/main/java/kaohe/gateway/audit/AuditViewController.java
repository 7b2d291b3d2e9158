package kaohe.gateway.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kaohe.gateway.GatewayProblems;
import kaohe.gateway.downstream.DownstreamFailure;
import kaohe.proof.HistoryExport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The auditor's view across every context, through the gateway: the events of all services filtered alike and
 * merged in time order ({@code /api/audit/events}), one aggregate's whole history wherever it lives
 * ({@code /aggregates/{id}/history}, paged by {@code cursor} past {@code kaohe.audit.max-history} events of a
 * context, saying {@code truncated}), that history with its proofs to take away and verify offline
 * ({@code /aggregates/{id}/export}), and every service's chain verified ({@code /chains}). Each service checks
 * the caller itself (office and auditors), so a refusal there is the answer here.
 */
@RestController
@RequestMapping("/api/audit")
public class AuditViewController {

    private static final int MAX_PAGE = 1000;

    private final ContextAudits audits;
    private final ObjectMapper json;
    private final int maxHistory;
    private final Clock clock = Clock.systemUTC();

    public AuditViewController(ContextAudits audits, ObjectMapper json,
                               @Value("${kaohe.audit.max-history:10000}") int maxHistory) {
        this.audits = audits;
        this.json = json;
        this.maxHistory = maxHistory;
    }

    /** A page of events, {@code next} the cursor of the following page (none when everything was read). */
    public record AuditPage(List<JsonNode> events, String next) {
    }

    /**
     * Every event of one aggregate, in whichever contexts hold it, in time order; {@code truncated} when a context
     * holds more than {@code kaohe.audit.max-history}, {@code next} then the cursor that reads on.
     */
    public record AggregateHistoryView(String aggregateId, List<String> contexts, List<JsonNode> events,
                                       boolean truncated, String next) {
    }

    @GetMapping("/events")
    public Mono<AuditPage> events(@RequestParam(required = false) String aggregateId,
                                  @RequestParam(required = false) String actorId,
                                  @RequestParam(required = false) String department,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(defaultValue = "200") int limit,
                                  @RequestParam(required = false) String cursor,
                                  ServerHttpRequest request) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidParameter("limit", "每页条数须在 1 到 " + MAX_PAGE + " 之间。");
        }
        AuditCursor start = cursor(cursor);
        List<String> contexts = contextsFor(type);
        Map<String, String> filters = filters(aggregateId, actorId, department, type, from, to);
        return Flux.fromIterable(contexts).concatMap(context -> {
            var query = new HashMap<>(filters);
            query.put("after", Long.toString(start.of(context)));
            query.put("limit", Integer.toString(limit));
            return audits.get(context, "audit/events", query, request)
                    .map(answer -> Map.entry(context, list(answer)));
        }).collectList().map(pages -> page(pages, start, limit));
    }

    @GetMapping("/aggregates/{aggregateId}/history")
    public Mono<AggregateHistoryView> history(@PathVariable String aggregateId,
                                              @RequestParam(required = false) String cursor,
                                              ServerHttpRequest request) {
        String id = aggregateId(aggregateId);
        AuditCursor start = cursor(cursor);
        return Flux.fromIterable(audits.contexts())
                .concatMap(context -> all(context, id, start.of(context), new ArrayList<>(), request)
                        .map(events -> Map.entry(context, events)))
                .filter(entry -> !entry.getValue().isEmpty())
                .collectList()
                .flatMap(found -> {
                    if (found.isEmpty() && cursor == null) {
                        return Mono.error(new NotFound(id));
                    }
                    return Mono.just(history(id, found, start));
                });
    }

    @GetMapping("/aggregates/{aggregateId}/export")
    public Mono<ResponseEntity<ObjectNode>> export(@PathVariable String aggregateId, ServerHttpRequest request) {
        String id = aggregateId(aggregateId);
        return Flux.fromIterable(audits.contexts())
                .concatMap(context -> audits.get(context, "audit/proof", Map.of("aggregateId", id), request))
                .filter(Optional::isPresent).map(Optional::get).collectList()
                .zipWith(exporter(request))
                .flatMap(found -> {
                    if (found.getT1().isEmpty()) {
                        return Mono.error(new NotFound(id));
                    }
                    ObjectNode export = json.createObjectNode();
                    export.put("format", HistoryExport.FORMAT);
                    export.put("exportedAt", clock.instant().toString());
                    export.put("exportedBy", found.getT2());
                    export.put("aggregateId", id);
                    export.putArray("proofs").addAll(found.getT1());
                    return Mono.just(ResponseEntity.ok()
                            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                    .filename("history-" + id + ".json", StandardCharsets.UTF_8).build().toString())
                            .contentType(MediaType.APPLICATION_JSON).body(export));
                });
    }

    @GetMapping("/chains")
    public Mono<ObjectNode> chains(ServerHttpRequest request) {
        return Flux.fromIterable(audits.contexts())
                .concatMap(context -> audits.get(context, "chain/verification", Map.of(), request)
                        .map(answer -> answer.orElseGet(json::createObjectNode)))
                .collectList().map(verifications -> {
                    ObjectNode all = json.createObjectNode();
                    all.put("intact", verifications.stream().allMatch(one -> one.path("breaks").isArray()
                            && one.path("breaks").isEmpty()));
                    all.putArray("contexts").addAll(verifications);
                    return all;
                });
    }

    /**
     * Pages through one context's events of an aggregate, up to {@code maxHistory} and one more: that one, when
     * there, is left for the next page and says this context was cut.
     */
    private Mono<List<JsonNode>> all(String context, String aggregateId, long after, List<JsonNode> read,
                                     ServerHttpRequest request) {
        int limit = Math.min(MAX_PAGE, maxHistory + 1 - read.size());
        return audits.get(context, "audit/events", Map.of("aggregateId", aggregateId, "after", Long.toString(after),
                "limit", Integer.toString(limit)), request).flatMap(answer -> {
            List<JsonNode> page = list(answer);
            read.addAll(page);
            if (page.size() < limit || read.size() > maxHistory) {
                return Mono.just(read);
            }
            return all(context, aggregateId, page.get(page.size() - 1).path("globalIndex").asLong(), read, request);
        });
    }

    /**
     * The contexts' events merged in time order up to where a cut context ends (its next event could be older than
     * the others' rest), so one page never skips an event; {@code next} names where each context stopped.
     */
    private AggregateHistoryView history(String id, List<Map.Entry<String, List<JsonNode>>> found,
                                         AuditCursor start) {
        Set<String> cut = new HashSet<>();
        List<Map.Entry<String, List<JsonNode>>> lists = found.stream().map(entry -> {
            List<JsonNode> events = entry.getValue();
            if (events.size() <= maxHistory) {
                return entry;
            }
            cut.add(entry.getKey());
            return Map.entry(entry.getKey(), events.subList(0, maxHistory));
        }).toList();
        List<JsonNode> events = new ArrayList<>();
        Map<String, Integer> used = merge(lists, Integer.MAX_VALUE, cut, events);
        AuditCursor next = start;
        for (var list : lists) {
            int count = used.get(list.getKey());
            if (count > 0) {
                next = next.with(list.getKey(), list.getValue().get(count - 1).path("globalIndex").asLong());
            }
        }
        return new AggregateHistoryView(id, found.stream().map(Map.Entry::getKey).toList(), events, !cut.isEmpty(),
                cut.isEmpty() ? null : next.format());
    }

    private AuditPage page(List<Map.Entry<String, List<JsonNode>>> pages, AuditCursor start, int limit) {
        List<JsonNode> taken = new ArrayList<>();
        Map<String, Integer> used = merge(pages, limit, Set.of(), taken);
        AuditCursor next = start;
        boolean more = false;
        for (var page : pages) {
            int count = used.getOrDefault(page.getKey(), 0);
            if (count > 0) {
                next = next.with(page.getKey(), page.getValue().get(count - 1).path("globalIndex").asLong());
            }
            more |= count < page.getValue().size() || page.getValue().size() == limit;
        }
        return new AuditPage(taken, more ? next.format() : null);
    }

    /**
     * Merges per-context lists (each in its store's order) by time, keeping each list's order, so what is taken
     * from a context is always a prefix of its list; stops at {@code limit} or when a list that was {@code cut}
     * short is used up; returns how many were taken from each.
     */
    private static Map<String, Integer> merge(List<Map.Entry<String, List<JsonNode>>> lists, int limit,
                                              Set<String> cut, List<JsonNode> into) {
        Map<String, Integer> heads = new LinkedHashMap<>();
        lists.forEach(list -> heads.put(list.getKey(), 0));
        while (into.size() < limit && lists.stream().noneMatch(list -> cut.contains(list.getKey())
                && heads.get(list.getKey()) == list.getValue().size())) {
            Map.Entry<String, List<JsonNode>> earliest = null;
            for (var list : lists) {
                int head = heads.get(list.getKey());
                if (head < list.getValue().size() && (earliest == null || occurredAt(list.getValue().get(head))
                        .isBefore(occurredAt(earliest.getValue().get(heads.get(earliest.getKey())))))) {
                    earliest = list;
                }
            }
            if (earliest == null) {
                break;
            }
            int head = heads.get(earliest.getKey());
            into.add(earliest.getValue().get(head));
            heads.put(earliest.getKey(), head + 1);
        }
        return heads;
    }

    private static Instant occurredAt(JsonNode event) {
        return Instant.parse(event.path("occurredAt").asText("1970-01-01T00:00:00Z"));
    }

    private static List<JsonNode> list(Optional<JsonNode> answer) {
        List<JsonNode> events = new ArrayList<>();
        answer.filter(JsonNode::isArray).ifPresent(array -> array.forEach(events::add));
        return events;
    }

    /** A type named with its context ({@code ledger.QuarterlyReportReturned.v1}) is looked for only there. */
    private List<String> contextsFor(String type) {
        if (type == null || !type.contains(".")) {
            return audits.contexts();
        }
        String context = type.substring(0, type.indexOf('.'));
        if (!audits.contexts().contains(context)) {
            throw new InvalidParameter("type", "事件类型 " + type + " 不属于任何业务域。");
        }
        return List.of(context);
    }

    private static Map<String, String> filters(String aggregateId, String actorId, String department, String type,
                                               String from, String to) {
        Map<String, String> filters = new HashMap<>();
        filters.put("aggregateId", aggregateId);
        filters.put("actorId", actorId);
        filters.put("department", department);
        filters.put("type", type);
        filters.put("from", from);
        filters.put("to", to);
        filters.values().removeIf(value -> value == null || value.isBlank());
        filters.forEach((name, value) -> {
            if (value.length() > 255) {
                throw new InvalidParameter(name, "参数 " + name + " 过长。");
            }
        });
        return filters;
    }

    private static AuditCursor cursor(String cursor) {
        try {
            return AuditCursor.parse(cursor);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidParameter("cursor", "游标格式不正确，请使用上一页返回的 next。");
        }
    }

    private static String aggregateId(String aggregateId) {
        String id = aggregateId.strip();
        if (id.isEmpty() || id.length() > 255) {
            throw new InvalidParameter("aggregateId", "对象标识须为 1 到 255 个字符。");
        }
        return id;
    }

    /** Who takes the export away: the token's subject (and name), else the development header. */
    private static Mono<String> exporter(ServerHttpRequest request) {
        String header = Optional.ofNullable(request.getHeaders().getFirst("X-Kaohe-User")).orElse("unknown");
        return ReactiveSecurityContextHolder.getContext()
                .map(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance).cast(JwtAuthenticationToken.class)
                .map(token -> token.getName() + Optional.ofNullable(token.getToken().getClaimAsString("name"))
                        .map(name -> " (" + name + ")").orElse(""))
                .defaultIfEmpty(header);
    }

    @ExceptionHandler(ContextAudits.DownstreamRefusal.class)
    ResponseEntity<?> refused(ContextAudits.DownstreamRefusal refusal) {
        if (refusal.body() == null) {
            var unavailable = GatewayProblems.entity(HttpStatus.SERVICE_UNAVAILABLE, "context-unavailable",
                    "业务服务不可用", "业务域 " + refusal.context() + " 暂时无法访问，审计视图不完整，请稍后重试。");
            return ResponseEntity.status(unavailable.getStatusCode()).headers(unavailable.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, DownstreamFailure.RETRY_AFTER_SECONDS).body(unavailable.getBody());
        }
        return ResponseEntity.status(refusal.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(refusal.body());
    }

    @ExceptionHandler(InvalidParameter.class)
    ResponseEntity<ProblemDetail> invalid(InvalidParameter invalid) {
        var answer = GatewayProblems.entity(HttpStatus.BAD_REQUEST, "invalid-parameter", "参数无效",
                invalid.getMessage());
        answer.getBody().setProperty("field", invalid.field);
        return answer;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound missing) {
        return GatewayProblems.entity(HttpStatus.NOT_FOUND, "not-found", "未找到",
                "任何业务域中都没有标识为 " + missing.getMessage() + " 的对象。");
    }

    private static final class InvalidParameter extends RuntimeException {

        private final String field;

        InvalidParameter(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static final class NotFound extends RuntimeException {

        NotFound(String aggregateId) {
            super(aggregateId);
        }
    }
}
