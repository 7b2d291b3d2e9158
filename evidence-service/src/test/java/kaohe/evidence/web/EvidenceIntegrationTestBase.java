package kaohe.evidence.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import kaohe.testengines.ApiClient;
import kaohe.testengines.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence service on the real engines of this test JVM: PostgreSQL for its events, s3proxy (S3 API) for
 * the bytes, reached through the same MinIO client the service uses. Each test works in a plan of its own, announced
 * on Kafka as the indicator service does.
 */
public abstract class EvidenceIntegrationTestBase extends ServiceTest {

    @Autowired
    protected MinioClient minio;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    @Autowired
    private ObjectMapper json;

    protected ApiClient api;
    protected String planId;
    protected CatalogFeed catalog;

    @BeforeEach
    void client() {
        api = new ApiClient(http);
        planId = "t-" + UUID.randomUUID().toString().substring(0, 8);
        catalog = new CatalogFeed(kafka, json, jdbc);
        catalog.plan(planId);
    }

    /** A new ledger record (TASK, CHECK, REPORT) of this test's plan, once the catalog knows it. */
    protected String record(String targetType, ApiClient.DevUser liaison) {
        return catalog.record(targetType, planId, liaison.department());
    }

    protected ApiClient.Answer upload(ApiClient.DevUser user, String fileName, byte[] content) {
        return upload(user, null, fileName, content);
    }

    protected ApiClient.Answer upload(ApiClient.DevUser user, String department, String fileName, byte[] content) {
        HttpHeaders headers = user.headers();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        if (fileName != null) {
            headers.set("X-File-Name", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        String query = "?planId=" + planId + (department == null ? "" : "&department=" + department);
        return api.call(HttpMethod.POST, "/api/evidence/uploads" + query, headers, content);
    }

    protected long eventCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }

    /** Every object key in the evidence bucket. */
    protected List<String> objects() {
        List<String> keys = new ArrayList<>();
        try {
            for (var item : minio.listObjects(ListObjectsArgs.builder().bucket("kaohe-evidence").recursive(true)
                    .build())) {
                keys.add(item.get().objectName());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    /** Objects no evidence refers to. */
    protected List<String> orphans() {
        List<String> known = jdbc.queryForList("SELECT object_key FROM evidence_view", String.class);
        return objects().stream().filter(key -> key.startsWith("evidence/") && !known.contains(key)).toList();
    }

    protected static void assertProblem(ApiClient.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).as(answer.body().toString()).isEqualTo(code);
        assertThat(answer.body().path("title").asText()).isNotBlank();
    }
}
