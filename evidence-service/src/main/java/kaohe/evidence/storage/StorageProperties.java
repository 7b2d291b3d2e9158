package kaohe.evidence.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Where evidence bytes live (s3proxy locally, MinIO in production) and the limits of an upload.
 * {@code partSize} bounds the memory one streaming upload holds (the MinIO SDK buffers one part).
 */
@ConfigurationProperties("kaohe.s3")
public record StorageProperties(String endpoint, String accessKey, String secretKey, String bucket,
                                DataSize maxUpload, DataSize partSize, Duration presignedFor,
                                Duration orphanAfter) {
}
