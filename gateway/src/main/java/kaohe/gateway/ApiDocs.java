package kaohe.gateway;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's own API document (the audit view), with the services' bearer scheme applied to every operation,
 * so Swagger UI's "Authorize" sends {@code Authorization: Bearer …} on "Try it out" here as on theirs.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Kaohe 考核 · gateway", version = "0.1.0"),
        security = @SecurityRequirement(name = ApiDocs.BEARER))
@SecurityScheme(name = ApiDocs.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class ApiDocs {

    static final String BEARER = "bearerAuth";
}
