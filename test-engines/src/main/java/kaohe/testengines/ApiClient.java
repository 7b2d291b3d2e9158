package kaohe.testengines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;

/** A thin HTTP client for service tests: every call returns status, headers and the parsed JSON body. */
public class ApiClient {

    /** Whoever a request is sent as: the headers that identify them. */
    public interface Identity {
        HttpHeaders headers();
    }

    /** A development identity sent as the platform reads it; a null id sends none (an anonymous caller). */
    public record DevUser(String id, String name, String department, String roles) implements Identity {

        public static final DevUser NOBODY = new DevUser(null, null, null, null);

        @Override
        public HttpHeaders headers() {
            return devHeaders(id, name, department, roles);
        }
    }

    /** Whoever holds this bearer token (valid or forged). */
    public record Bearer(String token) implements Identity {

        @Override
        public HttpHeaders headers() {
            var headers = new HttpHeaders();
            headers.setBearerAuth(token);
            return headers;
        }
    }

    /** The platform's development identity headers (names percent-encoded); a null id sends none. */
    private static HttpHeaders devHeaders(String id, String name, String department, String roles) {
        var headers = new HttpHeaders();
        if (id != null) {
            headers.set("X-Kaohe-User", id);
            headers.set("X-Kaohe-User-Name", URLEncoder.encode(name, StandardCharsets.UTF_8));
            headers.set("X-Kaohe-Roles", roles);
            if (department != null) {
                headers.set("X-Kaohe-Department",
                        URLEncoder.encode(department, StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    public record Answer(int status, HttpHeaders headers, JsonNode body) {
        public String code() {
            return body.path("code").asText();
        }
    }

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(TestRestTemplate http) {
        this.http = http;
    }

    public Answer get(Identity user, String path) {
        return call(HttpMethod.GET, path, user.headers(), null);
    }

    public Answer post(Identity user, String path, Object body) {
        return call(HttpMethod.POST, path, user.headers(), body);
    }

    /** POST with an {@code If-Match} version, as the state transitions (submission, acceptance …) take. */
    public Answer post(Identity user, String path, String ifMatch, Object body) {
        var headers = user.headers();
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return call(HttpMethod.POST, path, headers, body);
    }

    public Answer put(Identity user, String path, String ifMatch, Object body) {
        var headers = user.headers();
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return call(HttpMethod.PUT, path, headers, body);
    }

    public Answer call(HttpMethod method, String path, HttpHeaders headers, Object body) {
        if (body != null && !headers.containsKey(HttpHeaders.CONTENT_TYPE)) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        Object payload = body;
        if (body != null && !(body instanceof String) && !(body instanceof byte[])) {
            payload = json.valueToTree(body).toString();
        }
        ResponseEntity<byte[]> response = http.exchange(path, method, new HttpEntity<>(payload, headers), byte[].class);
        return new Answer(response.getStatusCode().value(), response.getHeaders(), parse(response.getBody()));
    }

    /** {@code body} as JSON with its string {@code "#"} replaced by {@code raw} as written, e.g. {@code 1E-10000000}. */
    public String withRaw(Object body, String raw) {
        return json.valueToTree(body).toString().replace("\"#\"", raw);
    }

    /** Uploads {@code content} as the multipart field {@code file}. */
    public Answer upload(Identity user, String path, byte[] content, String fileName) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        var headers = user.headers();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<byte[]> response = http.exchange(path, HttpMethod.POST,
                new HttpEntity<>(parts, headers), byte[].class);
        return new Answer(response.getStatusCode().value(), response.getHeaders(), parse(response.getBody()));
    }

    private JsonNode parse(byte[] body) {
        try {
            return body == null || body.length == 0 ? json.nullNode() : json.readTree(body);
        } catch (IOException notJson) {
            throw new UncheckedIOException(notJson);
        }
    }
}
