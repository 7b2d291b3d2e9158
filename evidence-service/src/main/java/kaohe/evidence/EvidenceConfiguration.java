package kaohe.evidence;

import io.minio.MinioClient;
import kaohe.evidence.catalog.PlanCatalog;
import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.photo.ThumbnailStore;
import kaohe.evidence.storage.ObjectStore;
import kaohe.evidence.storage.StorageProperties;
import kaohe.evidence.upload.EvidenceUploads;
import kaohe.evidence.verification.EvidenceVerification;
import kaohe.evidence.verification.OrphanSweep;
import kaohe.platform.command.CommandSender;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The object store client and the pieces of the upload pipeline. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(StorageProperties.class)
public class EvidenceConfiguration {

    @Bean
    MinioClient minioClient(StorageProperties storage) {
        return MinioClient.builder().endpoint(storage.endpoint())
                .credentials(storage.accessKey(), storage.secretKey()).build();
    }

    @Bean
    ObjectStore objectStore(MinioClient client, StorageProperties storage) {
        return new ObjectStore(client, storage);
    }

    @Bean
    EvidenceUploads evidenceUploads(ObjectStore store, CommandSender commands, EvidenceQueries queries,
                                    PlanCatalog catalog, StorageProperties storage) {
        return new EvidenceUploads(store, commands, queries, catalog, storage.maxUpload().toBytes());
    }

    @Bean
    ThumbnailStore thumbnailStore(ObjectStore store) {
        return new ThumbnailStore(store);
    }

    @Bean
    EvidenceVerification evidenceVerification(JdbcTemplate jdbc, ObjectStore store, ObjectMapper json) {
        return new EvidenceVerification(jdbc, store, json);
    }

    @Bean
    OrphanSweep orphanSweep(ObjectStore store, EvidenceQueries queries, Clock clock, StorageProperties storage) {
        return new OrphanSweep(store, queries, clock, storage.orphanAfter());
    }
}
