package kaohe.gateway.webapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

/**
 * {@code GET /config.json}: what the browser app reads before anyone signs in (so it needs no token), from the
 * gateway's configuration, so the same build of the app runs against any provider and any business day. Never
 * cached: it changes with a restart, not with a release.
 */
@Configuration
public class ClientConfiguration {

    /**
     * The app's settings as it reads them.
     *
     * @param businessDate the day the app treats as today ({@code kaohe.business-date}), for a demonstration
     *                     replaying a past year; {@code null}: the real date
     */
    public record ClientConfig(String issuer, String clientId, String scope, LocalDate businessDate, String apiBase) {
    }

    @Bean
    ClientConfig clientConfig(WebAppSettings settings, @Value("${kaohe.business-date:}") String businessDate) {
        return new ClientConfig(settings.issuer(), settings.clientId(), settings.scope(), parse(businessDate), "/api");
    }

    @Bean
    RouterFunction<ServerResponse> clientConfigRoute(ClientConfig config) {
        return route(GET("/config.json"), request -> ServerResponse.ok()
                .cacheControl(CacheControl.noStore())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(config));
    }

    /** Checked at start: a mistyped date refuses to start rather than show every deadline on the wrong day. */
    private static LocalDate parse(String businessDate) {
        if (businessDate == null || businessDate.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(businessDate.strip());
        } catch (DateTimeParseException invalid) {
            throw new IllegalArgumentException("kaohe.business-date (KAOHE_BUSINESS_DATE) must be an ISO date such "
                    + "as 2020-10-15, or empty for the real date; got '" + businessDate + "'", invalid);
        }
    }
}
