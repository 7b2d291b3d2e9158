package kaohe.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A small OpenID Connect provider for Kaohe: people's accounts (event-sourced in the {@code identity} database, the
 * office administers them), a sign-in page for the browser app (authorization code with PKCE), RS256 access tokens
 * with the claims every service reads (name, department, roles). Any OIDC provider (Keycloak) can take its place
 * by configuration alone.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
