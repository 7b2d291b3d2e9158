package kaohe.gateway.downstream;

import io.netty.channel.ChannelOption;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import reactor.netty.http.client.HttpClient;

import java.time.Duration;
import java.util.List;

/**
 * How long the gateway waits for a service. {@code connectTimeout}: a service that does not accept the connection
 * by then is treated as down (the next instance is tried). {@code responseTimeout}: from sending the request until
 * the answer's headers — the request body is sent within it, so the {@code slowPaths} (uploads whose body a slow
 * client sends for a while, exports made before their first byte) get {@code slowResponseTimeout} instead.
 */
@ConfigurationProperties("kaohe.gateway")
public record DownstreamTimeouts(@DefaultValue("2s") Duration connectTimeout,
                                 @DefaultValue("30s") Duration responseTimeout,
                                 @DefaultValue("120s") Duration slowResponseTimeout,
                                 @DefaultValue List<String> slowPaths) {

    public DownstreamTimeouts {
        slowPaths = List.copyOf(slowPaths);
    }

    /** For the gateway's own calls to services (health checks, the audit view): the same connect timeout. */
    public ClientHttpConnector connector() {
        return new ReactorClientHttpConnector(HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis()));
    }
}
