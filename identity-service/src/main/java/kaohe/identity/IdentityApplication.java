package kaohe.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A small OpenID Connect provider for running Kaohe on one machine: the seed's demo users, RS256 access tokens
 * with the claims every service reads (name, department, roles). In production any OIDC provider (Keycloak)
 * takes its place by configuration alone.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
