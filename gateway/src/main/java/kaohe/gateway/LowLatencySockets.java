package kaohe.gateway;

import io.netty.channel.ChannelOption;
import org.springframework.boot.web.embedded.netty.NettyServerCustomizer;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Small requests and answers must leave at once: with Nagle's algorithm on, a request body written after its
 * headers waits for the peer's delayed ACK (up to 40 ms on Linux) — on both legs of a proxied call.
 */
@Configuration
public class LowLatencySockets {

    @Bean
    HttpClientCustomizer noDelayToServices() {
        return client -> client.option(ChannelOption.TCP_NODELAY, true);
    }

    @Bean
    NettyServerCustomizer noDelayToClients() {
        return server -> server.childOption(ChannelOption.TCP_NODELAY, true);
    }
}
