package kaohe.gateway;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;


/**
 * Refuses a request whose declared length is over the largest body any service takes (an evidence upload) before
 * a byte of it is forwarded; services still limit what they read, declared or not (chunked).
 */
@Component
public class BodySizeLimit implements GlobalFilter, Ordered {

    private final long maxBytes;

    public BodySizeLimit(@Value("${kaohe.gateway.max-body:21MB}") DataSize maxBody) {
        this.maxBytes = maxBody.toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared <= maxBytes) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set("Connection", "close");
        return GatewayProblems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "请求体过大",
                "请求体（%d 字节）超过允许的上限（%d 字节）。".formatted(declared, maxBytes));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
