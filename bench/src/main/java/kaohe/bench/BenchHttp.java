package kaohe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * HTTP through the gateway as the benches send it: JSON bodies, the caller's bearer token (the office, a member of
 * its staff, or one department's liaison), and the ETag each write answers with.
 */
public final class BenchHttp {

    /** Who sends a request: the claims of its token (a liaison's user id as the identity service derives it). */
    public record Identity(String userId, String name, String department, String roles) {

        public static final Identity OFFICE = new Identity("office-admin", "办公室管理员", "办公室", "OFFICE");
        /** The demo auditor: reads everything (chains, histories), writes nothing. */
        public static final Identity AUDITOR = new Identity("auditor", "审计员", null, "AUDITOR");
        /** How the identity service names its made-up office staff ({@code /dev/tokens/office}). */
        static final String OFFICE_STAFF = "office-staff-";

        /**
         * Member {@code n} (1–64) of the office's staff: what {@link #OFFICE} may do, as a user of its own, so each
         * bench client has its own per-user rate limit at the gateway.
         */
        public static Identity officeStaff(int n) {
            return new Identity(OFFICE_STAFF + n, "办公室工作人员" + n, "办公室", "OFFICE");
        }

        /**
         * The staff member bench client {@code client} (0–7) sends its {@code request}-th request as: its own eight
         * in turn (client 0: members 1, 9, … 57), so one fast client stays under the gateway's per-user limit of
         * 200 requests/s (the CRUD peer's single client went past it and met 429s).
         */
        public static Identity officeStaffTakingTurns(int client, long request) {
            return officeStaff(1 + client + 8 * (int) (request % 8));
        }

        /** The liaison (联络员) of {@code department}: may write that department's ledger only. */
        public static Identity liaison(String department) {
            String userId = "liaison-" + UUID.nameUUIDFromBytes(department.getBytes(StandardCharsets.UTF_8))
                    .toString().substring(0, 8);
            return new Identity(userId, department + "联络员", department, "LIAISON");
        }
    }

    private final String gateway;
    private final BenchTokens tokens;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public BenchHttp(String gateway, BenchTokens tokens) {
        this.gateway = gateway;
        this.tokens = tokens;
    }

    /** As the office; anything but 2xx throws. */
    public HttpResponse<String> send(String method, String path, Map<String, String> headers, Object body)
            throws Exception {
        return send(Identity.OFFICE, method, path, headers, body);
    }

    /** Anything but 2xx throws, with status and body in the message. */
    public HttpResponse<String> send(Identity who, String method, String path, Map<String, String> headers, Object body)
            throws Exception {
        return requireSuccess(method, path, sendRaw(who, method, path, headers, body));
    }

    /** As the office; the answer whatever its status. */
    public HttpResponse<String> sendRaw(String method, String path, Map<String, String> headers, Object body)
            throws Exception {
        return sendRaw(Identity.OFFICE, method, path, headers, body);
    }

    /** The answer whatever its status; {@code body} (if any) is sent as JSON. */
    public HttpResponse<String> sendRaw(Identity who, String method, String path, Map<String, String> headers,
                                        Object body) throws Exception {
        return sendRaw(who, method, path, headers, body, Duration.ofSeconds(30));
    }

    /** The answer whatever its status, waited for at most {@code timeout} (a chain verification takes long). */
    public HttpResponse<String> sendRaw(Identity who, String method, String path, Map<String, String> headers,
                                        Object body, Duration timeout) throws Exception {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body));
        return exchange(who, method, path, headers, "application/json", publisher, HttpResponse.BodyHandlers.ofString(),
                timeout);
    }

    /** A GET whose answer is kept as bytes (a file read back), whatever its status. */
    public HttpResponse<byte[]> getBytes(Identity who, String path) throws Exception {
        return exchange(who, "GET", path, Map.of(), "application/json", HttpRequest.BodyPublishers.noBody(),
                HttpResponse.BodyHandlers.ofByteArray(), Duration.ofSeconds(120));
    }

    /** A multipart/form-data POST of one file in {@code field}; anything but 2xx throws. */
    HttpResponse<String> upload(Identity who, String path, String field, String fileName, byte[] content)
            throws Exception {
        String boundary = "kaohe-bench-" + UUID.randomUUID();
        var form = new ByteArrayOutputStream();
        try {
            form.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            form.write(content);
            form.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        var response = exchange(who, "POST", path, Map.of(), "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofByteArray(form.toByteArray()), HttpResponse.BodyHandlers.ofString(),
                Duration.ofSeconds(120));
        return requireSuccess("POST", path, response);
    }

    /**
     * A POST whose body is {@code content} itself, {@code application/octet-stream} with its Content-Length (the
     * client sets it from the array), and the answer whatever its status.
     */
    public HttpResponse<String> postBytes(Identity who, String path, Map<String, String> headers, byte[] content)
            throws Exception {
        return exchange(who, "POST", path, headers, "application/octet-stream",
                HttpRequest.BodyPublishers.ofByteArray(content), HttpResponse.BodyHandlers.ofString(),
                Duration.ofSeconds(120));
    }

    public JsonNode json(HttpResponse<String> response) throws IOException {
        return json.readTree(response.body());
    }

    /** The ETag a write or read answered with ({@code "7"}), to send back as If-Match. */
    public static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                response.request().method() + " " + response.request().uri() + " answered without an ETag"));
    }

    public static boolean succeeded(HttpResponse<String> response) {
        return response.statusCode() >= 200 && response.statusCode() < 300;
    }

    private static HttpResponse<String> requireSuccess(String method, String path, HttpResponse<String> response) {
        if (!succeeded(response)) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    private <T> HttpResponse<T> exchange(Identity who, String method, String path, Map<String, String> headers,
                                         String contentType, HttpRequest.BodyPublisher body,
                                         HttpResponse.BodyHandler<T> handler, Duration timeout) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(timeout)
                .header("Authorization", tokens.bearer(who))
                .header("Content-Type", contentType)
                .method(method, body);
        if (headers != null) {
            headers.forEach(request::header);
        }
        return http.send(request.build(), handler);
    }
}
