package kaohe.evidence.storage;

import io.minio.GetObjectArgs;
import io.minio.GetPresignedObjectUrlArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.http.Method;
import io.minio.messages.Item;
import kaohe.platform.command.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Evidence objects through the MinIO Java SDK; every failure to reach the store becomes a 503. */
public class ObjectStore {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectStore.class);

    /** What the store says it holds under a key. */
    public record Stat(long size, String etag) {
    }

    private final MinioClient client;
    private final StorageProperties properties;

    public ObjectStore(MinioClient client, StorageProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    public String bucket() {
        return properties.bucket();
    }

    /**
     * Streams {@code in} to {@code key} ({@code size} -1 when unknown): one request when it fits one part, else
     * parts of {@code partSize()} — the most the SDK holds in memory for one upload.
     */
    public void put(String key, InputStream in, long size, String contentType) {
        call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket()).object(key).contentType(contentType)
                .stream(in, size, partSize()).build()));
    }

    public long partSize() {
        return properties.partSize().toBytes();
    }

    public Optional<Stat> stat(String key) {
        try {
            var stat = client.statObject(StatObjectArgs.builder().bucket(bucket()).object(key).build());
            return Optional.of(new Stat(stat.size(), stat.etag()));
        } catch (ErrorResponseException missing) {
            if ("NoSuchKey".equals(missing.errorResponse().code())) {
                return Optional.empty();
            }
            throw unavailable(missing);
        } catch (Exception unreachable) {
            throw unavailable(unreachable);
        }
    }

    public InputStream get(String key) {
        return call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket()).object(key).build()));
    }

    /** The SHA-256 (hex) of the object's bytes as the store holds them now, read back in full. */
    public String sha256(String key) {
        try (InputStream in = get(key)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException unreadable) {
            throw unavailable(unreadable);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public void remove(String key) {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket()).object(key).build());
            return null;
        });
    }

    /** A short-lived GET URL that downloads as an attachment under {@code fileName}. */
    public String presignedDownload(String key, String fileName) {
        String disposition = "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                .replace("+", "%20");
        return call(() -> client.getPresignedObjectUrl(GetPresignedObjectUrlArgs.builder().method(Method.GET)
                .bucket(bucket()).object(key)
                .expiry((int) properties.presignedFor().toSeconds(), TimeUnit.SECONDS)
                .extraQueryParams(Map.of("response-content-disposition", disposition)).build()));
    }

    /** Keys under {@code prefix} last modified before {@code before}. */
    public List<String> keysOlderThan(String prefix, Instant before) {
        return call(() -> {
            List<String> keys = new ArrayList<>();
            for (var result : client.listObjects(ListObjectsArgs.builder().bucket(bucket()).prefix(prefix)
                    .recursive(true).build())) {
                Item item = result.get();
                if (item.lastModified().toInstant().isBefore(before)) {
                    keys.add(item.objectName());
                }
            }
            return keys;
        });
    }

    private interface StoreCall<T> {
        T run() throws Exception;
    }

    /** Runs a store call; a body past the limit is a 413, any other failure a 503 (the store is unusable). */
    private static <T> T call(StoreCall<T> call) {
        try {
            return call.run();
        } catch (Refusal refusal) {
            throw refusal;
        } catch (Exception failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof UploadLimitExceededException limit) {
                    throw new Refusal(Refusal.Kind.TOO_LARGE, "evidence-too-large", Map.of(), limit.limit());
                }
            }
            throw unavailable(failure);
        }
    }

    private static Refusal unavailable(Exception failure) {
        LOG.warn("object store unusable: {}", failure.toString());
        return new Refusal(Refusal.Kind.UNAVAILABLE, "storage-unavailable", Map.of());
    }
}
