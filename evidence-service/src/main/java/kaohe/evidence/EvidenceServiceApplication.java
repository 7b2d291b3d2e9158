package kaohe.evidence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The evidence context (photo and document evidence in object storage): a skeleton that owns its database and topic until its issue fills it in. */
@SpringBootApplication
public class EvidenceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(EvidenceServiceApplication.class, args);
    }
}
